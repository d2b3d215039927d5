-- CreateEnum
CREATE TYPE "ItemSource" AS ENUM ('DEPUTY_SUGGESTION', 'PUBLIC_OPINION', 'STATION_VISIT', 'GRID_REPORT', 'FACE_TO_FACE', 'ON_BEHALF');

-- CreateEnum
CREATE TYPE "ItemStage" AS ENUM ('SUBMITTED', 'DECLINED', 'MERGED', 'ACCEPTED', 'ASSIGNED', 'RETURN_REQUESTED', 'HANDLING', 'REPLY_DRAFTED', 'REPLY_APPROVED', 'REPLIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');

-- CreateEnum
CREATE TYPE "FollowUpState" AS ENUM ('PENDING', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ItemUnitRole" AS ENUM ('LEAD', 'CO');

-- CreateTable
CREATE TABLE "Item" (
    "id" UUID NOT NULL,
    "trackingNumber" VARCHAR(20) NOT NULL,
    "source" "ItemSource" NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" TEXT NOT NULL,
    "committeeId" UUID NOT NULL,
    "stage" "ItemStage" NOT NULL DEFAULT 'SUBMITTED',
    "round" INTEGER NOT NULL DEFAULT 1,
    "resultClass" VARCHAR(8),
    "replyText" TEXT,
    "replyAcknowledged" BOOLEAN NOT NULL DEFAULT false,
    "satisfaction" "Satisfaction",
    "leadUnitId" UUID,
    "deadline" TIMESTAMPTZ(3),
    "returnWindowEndsAt" TIMESTAMPTZ(3),
    "evaluationWindowEndsAt" TIMESTAMPTZ(3),
    "keySupervised" BOOLEAN NOT NULL DEFAULT false,
    "extensionDays" INTEGER,
    "followUp" "FollowUpState",
    "mergedIntoId" UUID,
    "submitterName" VARCHAR(60),
    "contactCipher" TEXT,
    "idempotencyKey" VARCHAR(64) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemSponsor" (
    "itemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ItemSponsor_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateTable
CREATE TABLE "ItemUnit" (
    "itemId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "role" "ItemUnitRole" NOT NULL,

    CONSTRAINT "ItemUnit_pkey" PRIMARY KEY ("itemId","unitId")
);

-- CreateTable
CREATE TABLE "ItemHistory" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" VARCHAR(32) NOT NULL,
    "fromStage" "ItemStage",
    "toStage" "ItemStage" NOT NULL,
    "round" INTEGER NOT NULL,
    "note" TEXT,
    "detail" JSONB,

    CONSTRAINT "ItemHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackingCounter" (
    "source" "ItemSource" NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TrackingCounter_pkey" PRIMARY KEY ("source","year")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_trackingNumber_key" ON "Item"("trackingNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Item_idempotencyKey_key" ON "Item"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Item_committeeId_stage_idx" ON "Item"("committeeId", "stage");

-- CreateIndex
CREATE INDEX "Item_leadUnitId_stage_idx" ON "Item"("leadUnitId", "stage");

-- CreateIndex
CREATE INDEX "Item_deadline_idx" ON "Item"("deadline");

-- CreateIndex
CREATE INDEX "Item_createdById_idx" ON "Item"("createdById");

-- CreateIndex
CREATE INDEX "Item_mergedIntoId_idx" ON "Item"("mergedIntoId");

-- CreateIndex
CREATE INDEX "ItemSponsor_userId_idx" ON "ItemSponsor"("userId");

-- CreateIndex
CREATE INDEX "ItemUnit_unitId_role_idx" ON "ItemUnit"("unitId", "role");

-- CreateIndex
CREATE INDEX "ItemHistory_itemId_at_idx" ON "ItemHistory"("itemId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_itemId_idx" ON "Notification"("itemId");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSponsor" ADD CONSTRAINT "ItemSponsor_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSponsor" ADD CONSTRAINT "ItemSponsor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemUnit" ADD CONSTRAINT "ItemUnit_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemUnit" ADD CONSTRAINT "ItemUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemHistory" ADD CONSTRAINT "ItemHistory_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemHistory" ADD CONSTRAINT "ItemHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;
