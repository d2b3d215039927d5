-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'AUDITOR', 'STAFF', 'LEADER', 'DEPUTY', 'UNIT', 'STATION_MANAGER');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "DeputyLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'PREFECTURAL', 'COUNTY', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "DeputyStatus" AS ENUM ('ACTIVE', 'TERMINATED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "StationKind" AS ENUM ('TOWNSHIP', 'CONTACT_POINT', 'SPECIALTY', 'INDUSTRY');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('GOVERNMENT_DEPARTMENT', 'JUDICIAL', 'PUBLIC_INSTITUTION', 'ENTERPRISE', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandingCommittee" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "regionId" UUID NOT NULL,
    "termNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StandingCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecialCommittee" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "committeeId" UUID NOT NULL,

    CONSTRAINT "SpecialCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "committeeId" UUID NOT NULL,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "displayName" VARCHAR(60) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committeeId" UUID,
    "unitId" UUID,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deputy" (
    "id" UUID NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "gender" "Gender" NOT NULL,
    "level" "DeputyLevel" NOT NULL,
    "committeeId" UUID NOT NULL,
    "termNumber" INTEGER NOT NULL,
    "delegationId" UUID,
    "regionId" UUID NOT NULL,
    "workUnit" VARCHAR(120),
    "title" VARCHAR(60),
    "expertise" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "DeputyStatus" NOT NULL DEFAULT 'ACTIVE',
    "userId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Deputy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingUnit" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "kind" "UnitKind" NOT NULL DEFAULT 'GOVERNMENT_DEPARTMENT',
    "committeeId" UUID NOT NULL,
    "regionId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandlingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiaisonStation" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "kind" "StationKind" NOT NULL,
    "regionId" UUID NOT NULL,
    "theme" VARCHAR(40),
    "address" VARCHAR(160),
    "managerId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiaisonStation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StationDeputy" (
    "stationId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StationDeputy_pkey" PRIMARY KEY ("stationId","deputyId")
);

-- CreateTable
CREATE TABLE "ProfessionalGroup" (
    "id" UUID NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "committeeId" UUID NOT NULL,
    "leadCommitteeId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfessionalGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "groupId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("groupId","deputyId")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" VARCHAR(200) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorName" VARCHAR(64),
    "actorRole" "Role",
    "action" VARCHAR(64) NOT NULL,
    "objectType" VARCHAR(40),
    "objectId" VARCHAR(64),
    "result" "AuditResult" NOT NULL,
    "ip" VARCHAR(64),
    "requestId" VARCHAR(64),
    "detail" JSONB,
    "prevHash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE INDEX "Region_level_idx" ON "Region"("level");

-- CreateIndex
CREATE UNIQUE INDEX "StandingCommittee_regionId_key" ON "StandingCommittee"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialCommittee_committeeId_name_key" ON "SpecialCommittee"("committeeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_committeeId_name_key" ON "Delegation"("committeeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_userId_key" ON "Deputy"("userId");

-- CreateIndex
CREATE INDEX "Deputy_committeeId_level_idx" ON "Deputy"("committeeId", "level");

-- CreateIndex
CREATE INDEX "Deputy_regionId_level_idx" ON "Deputy"("regionId", "level");

-- CreateIndex
CREATE INDEX "Deputy_delegationId_idx" ON "Deputy"("delegationId");

-- CreateIndex
CREATE INDEX "Deputy_name_idx" ON "Deputy"("name");

-- CreateIndex
CREATE INDEX "HandlingUnit_regionId_idx" ON "HandlingUnit"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "HandlingUnit_committeeId_name_key" ON "HandlingUnit"("committeeId", "name");

-- CreateIndex
CREATE INDEX "LiaisonStation_kind_idx" ON "LiaisonStation"("kind");

-- CreateIndex
CREATE INDEX "LiaisonStation_managerId_idx" ON "LiaisonStation"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "LiaisonStation_regionId_name_key" ON "LiaisonStation"("regionId", "name");

-- CreateIndex
CREATE INDEX "StationDeputy_deputyId_idx" ON "StationDeputy"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "ProfessionalGroup_committeeId_name_key" ON "ProfessionalGroup"("committeeId", "name");

-- CreateIndex
CREATE INDEX "GroupMember_deputyId_idx" ON "GroupMember"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_hash_key" ON "AuditLog"("hash");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandingCommittee" ADD CONSTRAINT "StandingCommittee_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialCommittee" ADD CONSTRAINT "SpecialCommittee_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationDeputy" ADD CONSTRAINT "StationDeputy_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "LiaisonStation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationDeputy" ADD CONSTRAINT "StationDeputy_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalGroup" ADD CONSTRAINT "ProfessionalGroup_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "StandingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfessionalGroup" ADD CONSTRAINT "ProfessionalGroup_leadCommitteeId_fkey" FOREIGN KEY ("leadCommitteeId") REFERENCES "SpecialCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ProfessionalGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

