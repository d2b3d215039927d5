-- CreateEnum
CREATE TYPE "StationEventKind" AS ENUM ('LECTURE', 'DEEP_VISIT', 'MICRO_CONSULTATION', 'FACE_TO_FACE', 'LEGAL_SESSION');

-- CreateEnum
CREATE TYPE "GroupActivityKind" AS ENUM ('POLICY_EXPLANATION', 'RESEARCH', 'LEGISLATION', 'SUPERVISION');

-- CreateTable
CREATE TABLE "ReceptionDay" (
    "id" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "startTime" VARCHAR(5) NOT NULL,
    "endTime" VARCHAR(5) NOT NULL,
    "note" VARCHAR(200),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionDayDeputy" (
    "receptionDayId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "ReceptionDayDeputy_pkey" PRIMARY KEY ("receptionDayId","deputyId")
);

-- CreateTable
CREATE TABLE "StationVisit" (
    "id" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "receptionDayId" UUID NOT NULL,
    "visitorName" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "itemId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StationVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StationEvent" (
    "id" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "kind" "StationEventKind" NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" VARCHAR(160),
    "summary" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StationEventParticipant" (
    "eventId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "StationEventParticipant_pkey" PRIMARY KEY ("eventId","deputyId")
);

-- CreateTable
CREATE TABLE "StationEventUnit" (
    "eventId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "StationEventUnit_pkey" PRIMARY KEY ("eventId","unitId")
);

-- CreateTable
CREATE TABLE "StationEventIssue" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StationEventIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GridCell" (
    "id" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "description" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GridCell_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GridCellDeputy" (
    "cellId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "GridCellDeputy_pkey" PRIMARY KEY ("cellId","deputyId")
);

-- CreateTable
CREATE TABLE "GridFinding" (
    "id" UUID NOT NULL,
    "cellId" UUID NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "itemId" UUID NOT NULL,
    "reportedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GridFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupTheme" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivity" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "kind" "GroupActivityKind" NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" VARCHAR(160),
    "summary" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivityParticipant" (
    "activityId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "GroupActivityParticipant_pkey" PRIMARY KEY ("activityId","deputyId")
);

-- CreateTable
CREATE TABLE "GroupReport" (
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "ext" VARCHAR(8) NOT NULL,
    "mime" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReceptionDay_date_idx" ON "ReceptionDay"("date");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionDay_stationId_date_startTime_key" ON "ReceptionDay"("stationId", "date", "startTime");

-- CreateIndex
CREATE INDEX "ReceptionDayDeputy_deputyId_idx" ON "ReceptionDayDeputy"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "StationVisit_itemId_key" ON "StationVisit"("itemId");

-- CreateIndex
CREATE INDEX "StationVisit_stationId_createdAt_idx" ON "StationVisit"("stationId", "createdAt");

-- CreateIndex
CREATE INDEX "StationVisit_receptionDayId_idx" ON "StationVisit"("receptionDayId");

-- CreateIndex
CREATE INDEX "StationEvent_stationId_heldOn_idx" ON "StationEvent"("stationId", "heldOn");

-- CreateIndex
CREATE INDEX "StationEvent_kind_heldOn_idx" ON "StationEvent"("kind", "heldOn");

-- CreateIndex
CREATE INDEX "StationEventParticipant_deputyId_idx" ON "StationEventParticipant"("deputyId");

-- CreateIndex
CREATE INDEX "StationEventUnit_unitId_idx" ON "StationEventUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "StationEventIssue_itemId_key" ON "StationEventIssue"("itemId");

-- CreateIndex
CREATE INDEX "StationEventIssue_eventId_idx" ON "StationEventIssue"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "GridCell_regionId_name_key" ON "GridCell"("regionId", "name");

-- CreateIndex
CREATE INDEX "GridCellDeputy_deputyId_idx" ON "GridCellDeputy"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "GridFinding_itemId_key" ON "GridFinding"("itemId");

-- CreateIndex
CREATE INDEX "GridFinding_cellId_createdAt_idx" ON "GridFinding"("cellId", "createdAt");

-- CreateIndex
CREATE INDEX "GridFinding_reportedById_idx" ON "GridFinding"("reportedById");

-- CreateIndex
CREATE UNIQUE INDEX "GroupTheme_groupId_year_title_key" ON "GroupTheme"("groupId", "year", "title");

-- CreateIndex
CREATE INDEX "GroupActivity_groupId_heldOn_idx" ON "GroupActivity"("groupId", "heldOn");

-- CreateIndex
CREATE INDEX "GroupActivityParticipant_deputyId_idx" ON "GroupActivityParticipant"("deputyId");

-- CreateIndex
CREATE INDEX "GroupReport_activityId_idx" ON "GroupReport"("activityId");

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "LiaisonStation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDayDeputy" ADD CONSTRAINT "ReceptionDayDeputy_receptionDayId_fkey" FOREIGN KEY ("receptionDayId") REFERENCES "ReceptionDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDayDeputy" ADD CONSTRAINT "ReceptionDayDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationVisit" ADD CONSTRAINT "StationVisit_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "LiaisonStation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationVisit" ADD CONSTRAINT "StationVisit_receptionDayId_fkey" FOREIGN KEY ("receptionDayId") REFERENCES "ReceptionDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationVisit" ADD CONSTRAINT "StationVisit_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationVisit" ADD CONSTRAINT "StationVisit_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEvent" ADD CONSTRAINT "StationEvent_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "LiaisonStation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEvent" ADD CONSTRAINT "StationEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEventParticipant" ADD CONSTRAINT "StationEventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "StationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEventParticipant" ADD CONSTRAINT "StationEventParticipant_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEventUnit" ADD CONSTRAINT "StationEventUnit_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "StationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEventUnit" ADD CONSTRAINT "StationEventUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEventIssue" ADD CONSTRAINT "StationEventIssue_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "StationEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationEventIssue" ADD CONSTRAINT "StationEventIssue_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridCell" ADD CONSTRAINT "GridCell_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridCellDeputy" ADD CONSTRAINT "GridCellDeputy_cellId_fkey" FOREIGN KEY ("cellId") REFERENCES "GridCell"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridCellDeputy" ADD CONSTRAINT "GridCellDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridFinding" ADD CONSTRAINT "GridFinding_cellId_fkey" FOREIGN KEY ("cellId") REFERENCES "GridCell"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridFinding" ADD CONSTRAINT "GridFinding_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridFinding" ADD CONSTRAINT "GridFinding_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupTheme" ADD CONSTRAINT "GroupTheme_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ProfessionalGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ProfessionalGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityParticipant" ADD CONSTRAINT "GroupActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "GroupActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityParticipant" ADD CONSTRAINT "GroupActivityParticipant_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReport" ADD CONSTRAINT "GroupReport_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "GroupActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReport" ADD CONSTRAINT "GroupReport_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
