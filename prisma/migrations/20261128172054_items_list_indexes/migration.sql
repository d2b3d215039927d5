-- CreateIndex
CREATE INDEX "Item_committeeId_createdAt_idx" ON "Item"("committeeId", "createdAt" DESC);
