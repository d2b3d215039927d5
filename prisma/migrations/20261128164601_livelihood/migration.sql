-- CreateEnum
CREATE TYPE "LivelihoodStage" AS ENUM ('COLLECTION', 'SHORTLIST', 'DELIBERATION', 'VOTING', 'SUPERVISION', 'EVALUATION', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "LivelihoodSource" AS ENUM ('PUBLIC', 'DEPUTY', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "SupervisionKind" AS ENUM ('SPECIAL_TOPIC', 'LAW_ENFORCEMENT');

-- CreateTable
CREATE TABLE "LivelihoodPlan" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "stage" "LivelihoodStage" NOT NULL DEFAULT 'COLLECTION',
    "collectOpensAt" TIMESTAMPTZ(3) NOT NULL,
    "collectClosesAt" TIMESTAMPTZ(3) NOT NULL,
    "seats" INTEGER NOT NULL,
    "deliberationNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivelihoodPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivelihoodCandidate" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "source" "LivelihoodSource" NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL,
    "proposerName" VARCHAR(60),
    "proposedById" UUID,
    "shortlisted" BOOLEAN NOT NULL DEFAULT false,
    "chosen" BOOLEAN NOT NULL DEFAULT false,
    "responsibleUnitId" UUID,
    "idempotencyKey" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivelihoodCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivelihoodBallotSession" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "seats" INTEGER NOT NULL,
    "candidateIds" UUID[],
    "eligibleCount" INTEGER NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LivelihoodBallotSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivelihoodBallot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "choices" UUID[],

    CONSTRAINT "LivelihoodBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivelihoodTurnout" (
    "sessionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "LivelihoodTurnout_pkey" PRIMARY KEY ("sessionId","deputyId")
);

-- CreateTable
CREATE TABLE "LivelihoodMilestone" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "dueOn" DATE NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "progressNote" TEXT,
    "reportedAt" TIMESTAMPTZ(3),
    "reportedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivelihoodMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivelihoodInspection" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivelihoodInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivelihoodRating" (
    "candidateId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "rating" "Satisfaction" NOT NULL,

    CONSTRAINT "LivelihoodRating_pkey" PRIMARY KEY ("candidateId","deputyId")
);

-- CreateTable
CREATE TABLE "SupervisionTopic" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "kind" "SupervisionKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionParticipant" (
    "topicId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "SupervisionParticipant_pkey" PRIMARY KEY ("topicId","deputyId")
);

-- CreateTable
CREATE TABLE "SupervisionFinding" (
    "id" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "itemId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LivelihoodPlan_committeeId_year_key" ON "LivelihoodPlan"("committeeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "LivelihoodCandidate_idempotencyKey_key" ON "LivelihoodCandidate"("idempotencyKey");

-- CreateIndex
CREATE INDEX "LivelihoodCandidate_planId_shortlisted_idx" ON "LivelihoodCandidate"("planId", "shortlisted");

-- CreateIndex
CREATE INDEX "LivelihoodCandidate_responsibleUnitId_idx" ON "LivelihoodCandidate"("responsibleUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "LivelihoodBallotSession_planId_key" ON "LivelihoodBallotSession"("planId");

-- CreateIndex
CREATE INDEX "LivelihoodBallot_sessionId_idx" ON "LivelihoodBallot"("sessionId");

-- CreateIndex
CREATE INDEX "LivelihoodTurnout_deputyId_idx" ON "LivelihoodTurnout"("deputyId");

-- CreateIndex
CREATE INDEX "LivelihoodMilestone_candidateId_dueOn_idx" ON "LivelihoodMilestone"("candidateId", "dueOn");

-- CreateIndex
CREATE INDEX "LivelihoodInspection_deputyId_date_idx" ON "LivelihoodInspection"("deputyId", "date");

-- CreateIndex
CREATE INDEX "LivelihoodInspection_candidateId_idx" ON "LivelihoodInspection"("candidateId");

-- CreateIndex
CREATE INDEX "LivelihoodRating_deputyId_idx" ON "LivelihoodRating"("deputyId");

-- CreateIndex
CREATE INDEX "SupervisionTopic_committeeId_year_idx" ON "SupervisionTopic"("committeeId", "year");

-- CreateIndex
CREATE INDEX "SupervisionParticipant_deputyId_idx" ON "SupervisionParticipant"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionFinding_itemId_key" ON "SupervisionFinding"("itemId");

-- CreateIndex
CREATE INDEX "SupervisionFinding_topicId_idx" ON "SupervisionFinding"("topicId");

-- AddForeignKey
ALTER TABLE "LivelihoodPlan" ADD CONSTRAINT "LivelihoodPlan_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodCandidate" ADD CONSTRAINT "LivelihoodCandidate_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LivelihoodPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodCandidate" ADD CONSTRAINT "LivelihoodCandidate_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodBallotSession" ADD CONSTRAINT "LivelihoodBallotSession_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LivelihoodPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodBallot" ADD CONSTRAINT "LivelihoodBallot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LivelihoodBallotSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodTurnout" ADD CONSTRAINT "LivelihoodTurnout_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LivelihoodBallotSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodTurnout" ADD CONSTRAINT "LivelihoodTurnout_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodMilestone" ADD CONSTRAINT "LivelihoodMilestone_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "LivelihoodCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodInspection" ADD CONSTRAINT "LivelihoodInspection_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "LivelihoodCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodInspection" ADD CONSTRAINT "LivelihoodInspection_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodRating" ADD CONSTRAINT "LivelihoodRating_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "LivelihoodCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivelihoodRating" ADD CONSTRAINT "LivelihoodRating_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTopic" ADD CONSTRAINT "SupervisionTopic_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionFinding" ADD CONSTRAINT "SupervisionFinding_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionFinding" ADD CONSTRAINT "SupervisionFinding_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE CASCADE;
