-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "stationId" UUID;

-- CreateTable
CREATE TABLE "ItemAttachment" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "fileName" VARCHAR(120) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "mime" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ItemAttachment_itemId_idx" ON "ItemAttachment"("itemId");

-- CreateIndex
CREATE INDEX "ItemAttachment_uploadedById_idx" ON "ItemAttachment"("uploadedById");

-- CreateIndex
CREATE INDEX "Item_stationId_idx" ON "Item"("stationId");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "LiaisonStation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemAttachment" ADD CONSTRAINT "ItemAttachment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemAttachment" ADD CONSTRAINT "ItemAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
