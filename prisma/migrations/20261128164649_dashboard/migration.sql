-- CreateTable
CREATE TABLE "DashboardItemFact" (
    "itemId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "level" "DeputyLevel" NOT NULL,
    "year" INTEGER NOT NULL,
    "stage" "ItemStage" NOT NULL,
    "resultClass" VARCHAR(8),
    "followUp" "FollowUpState",
    "firstSatisfaction" "Satisfaction",
    "finalSatisfaction" "Satisfaction",
    "leadUnitId" UUID,
    "deadline" TIMESTAMPTZ(3),
    "repliedAt" TIMESTAMPTZ(3),
    "replyDueAt" TIMESTAMPTZ(3),
    "onTime" BOOLEAN,
    "itemUpdatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DashboardItemFact_pkey" PRIMARY KEY ("itemId")
);

-- CreateTable
CREATE TABLE "DashboardFigure" (
    "regionId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "DeputyLevel" NOT NULL,
    "figure" VARCHAR(24) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DashboardFigure_pkey" PRIMARY KEY ("regionId","year","figure","level","key")
);

-- CreateTable
CREATE TABLE "DashboardRefresh" (
    "id" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,
    "itemsWatermark" TIMESTAMPTZ(3) NOT NULL,
    "deputiesSignature" VARCHAR(80) NOT NULL,
    "durationMs" INTEGER NOT NULL,

    CONSTRAINT "DashboardRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DashboardItemFact_regionId_year_idx" ON "DashboardItemFact"("regionId", "year");

-- CreateIndex
CREATE INDEX "DashboardItemFact_deadline_idx" ON "DashboardItemFact"("deadline");
