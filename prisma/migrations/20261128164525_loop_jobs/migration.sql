-- CreateTable
CREATE TABLE "LoopSettings" (
    "committeeId" UUID NOT NULL,
    "replyMonths" INTEGER NOT NULL,
    "complexReplyMonths" INTEGER NOT NULL,
    "returnWindowWorkingDays" INTEGER NOT NULL,
    "rehandleMonths" INTEGER NOT NULL,
    "evaluationWindowWorkingDays" INTEGER NOT NULL,
    "remindWorkingDaysBefore" INTEGER[],
    "holidays" TEXT[],
    "makeupWorkdays" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoopSettings_pkey" PRIMARY KEY ("committeeId")
);

-- CreateTable
CREATE TABLE "LoopAlert" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "round" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoopAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LoopAlert_kind_createdAt_idx" ON "LoopAlert"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LoopAlert_itemId_kind_dueAt_round_step_key" ON "LoopAlert"("itemId", "kind", "dueAt", "round", "step");

-- AddForeignKey
ALTER TABLE "LoopSettings" ADD CONSTRAINT "LoopSettings_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoopAlert" ADD CONSTRAINT "LoopAlert_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;
