-- CreateEnum
CREATE TYPE "DutyRecordType" AS ENUM ('STUDY', 'TRAINING', 'STATION_DUTY', 'INSPECTION', 'RESEARCH', 'LAW_ENFORCEMENT', 'SPECIAL_INQUIRY', 'PROMOTION', 'MEDIATION', 'FACE_TO_FACE', 'GRID_WORK', 'SUGGESTION', 'VOTE', 'GROUP_ACTIVITY');

-- CreateEnum
CREATE TYPE "DutyRecordStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DutyRecordOrigin" AS ENUM ('MANUAL', 'ATTENDANCE', 'DERIVED');

-- CreateEnum
CREATE TYPE "TrainingAudience" AS ENUM ('STANDING_MEMBERS', 'TOWNSHIP_CHAIRS', 'DEPUTIES');

-- CreateEnum
CREATE TYPE "LearningKind" AS ENUM ('ARTICLE', 'FILE', 'LINK');

-- CreateTable
CREATE TABLE "DutyRecord" (
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "type" "DutyRecordType" NOT NULL,
    "date" DATE NOT NULL,
    "endDate" DATE,
    "place" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL,
    "participants" VARCHAR(500),
    "status" "DutyRecordStatus" NOT NULL DEFAULT 'DRAFT',
    "origin" "DutyRecordOrigin" NOT NULL DEFAULT 'MANUAL',
    "sourceKey" VARCHAR(160),
    "returnReason" VARCHAR(500),
    "createdById" UUID,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DutyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyPhoto" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "mime" VARCHAR(40) NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyPointRule" (
    "committeeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "type" "DutyRecordType" NOT NULL,
    "points" INTEGER NOT NULL,
    "yearlyCap" INTEGER NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DutyPointRule_pkey" PRIMARY KEY ("committeeId","year","type")
);

-- CreateTable
CREATE TABLE "StudyReflection" (
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" TEXT NOT NULL,
    "charCount" INTEGER NOT NULL,
    "studiedOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyReflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingCourse" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "audience" "TrainingAudience" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "place" VARCHAR(120) NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEnrolment" (
    "courseId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TrainingEnrolment_pkey" PRIMARY KEY ("courseId","deputyId")
);

-- CreateTable
CREATE TABLE "TrainingMaterial" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "fileName" VARCHAR(160) NOT NULL,
    "mime" VARCHAR(80) NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningResource" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "kind" "LearningKind" NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" TEXT,
    "url" VARCHAR(500),
    "fileName" VARCHAR(160),
    "mime" VARCHAR(80),
    "size" INTEGER,
    "bytes" BYTEA,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyStory" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeputyStory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DutyRecord_sourceKey_key" ON "DutyRecord"("sourceKey");

-- CreateIndex
CREATE INDEX "DutyRecord_deputyId_date_idx" ON "DutyRecord"("deputyId", "date");

-- CreateIndex
CREATE INDEX "DutyRecord_status_date_idx" ON "DutyRecord"("status", "date");

-- CreateIndex
CREATE INDEX "DutyPhoto_recordId_idx" ON "DutyPhoto"("recordId");

-- CreateIndex
CREATE INDEX "StudyReflection_deputyId_studiedOn_idx" ON "StudyReflection"("deputyId", "studiedOn");

-- CreateIndex
CREATE INDEX "TrainingCourse_committeeId_startsOn_idx" ON "TrainingCourse"("committeeId", "startsOn");

-- CreateIndex
CREATE INDEX "TrainingEnrolment_deputyId_idx" ON "TrainingEnrolment"("deputyId");

-- CreateIndex
CREATE INDEX "TrainingMaterial_courseId_idx" ON "TrainingMaterial"("courseId");

-- CreateIndex
CREATE INDEX "LearningResource_committeeId_createdAt_idx" ON "LearningResource"("committeeId", "createdAt");

-- CreateIndex
CREATE INDEX "DeputyStory_published_publishedAt_idx" ON "DeputyStory"("published", "publishedAt");

-- AddForeignKey
ALTER TABLE "DutyRecord" ADD CONSTRAINT "DutyRecord_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPhoto" ADD CONSTRAINT "DutyPhoto_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "DutyRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyPointRule" ADD CONSTRAINT "DutyPointRule_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyReflection" ADD CONSTRAINT "StudyReflection_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCourse" ADD CONSTRAINT "TrainingCourse_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingMaterial" ADD CONSTRAINT "TrainingMaterial_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "TrainingCourse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningResource" ADD CONSTRAINT "LearningResource_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyStory" ADD CONSTRAINT "DeputyStory_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyStory" ADD CONSTRAINT "DeputyStory_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
