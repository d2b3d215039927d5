-- CreateEnum
CREATE TYPE "DeputyImportStatus" AS ENUM ('VALIDATED', 'REJECTED', 'IMPORTED', 'DISCARDED');

-- AlterTable
ALTER TABLE "Deputy" ADD COLUMN     "addressCipher" TEXT,
ADD COLUMN     "bio" VARCHAR(2000),
ADD COLUMN     "idCardCipher" TEXT,
ADD COLUMN     "idCardIndex" CHAR(64),
ADD COLUMN     "importId" UUID,
ADD COLUMN     "phoneCipher" TEXT,
ADD COLUMN     "phoneIndex" CHAR(64),
ADD COLUMN     "terminatedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "DeputyImport" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" VARCHAR(200) NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "fileSha256" CHAR(64) NOT NULL,
    "status" "DeputyImportStatus" NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "problemCount" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB NOT NULL,
    "importedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DeputyImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyImportRow" (
    "importId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "DeputyImportRow_pkey" PRIMARY KEY ("importId","rowNumber")
);

-- CreateIndex
CREATE INDEX "DeputyImport_committeeId_createdAt_idx" ON "DeputyImport"("committeeId", "createdAt");

-- CreateIndex
CREATE INDEX "Deputy_idCardIndex_idx" ON "Deputy"("idCardIndex");

-- CreateIndex
CREATE INDEX "Deputy_phoneIndex_idx" ON "Deputy"("phoneIndex");

-- CreateIndex
CREATE INDEX "Deputy_importId_idx" ON "Deputy"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_committeeId_idCardIndex_key" ON "Deputy"("committeeId", "idCardIndex");

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DeputyImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyImport" ADD CONSTRAINT "DeputyImport_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyImport" ADD CONSTRAINT "DeputyImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyImportRow" ADD CONSTRAINT "DeputyImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DeputyImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
