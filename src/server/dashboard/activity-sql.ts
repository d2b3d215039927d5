import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TActivityFigure } from "@/domain/dashboard/figures";
import type { TTx } from "../db";
import { ANCESTORS } from "./cube-sql";

/**
 * The one SQL definition of each activity figure: a source of rows (regionId, level, year, key,
 * id, title, detail, w). rebuildActivityFigures sums `w` per region, year, level and key into
 * DashboardFigure; the drill-down list (activity-drill.ts) filters the same source, so a figure
 * and its list count the same rows. `w` is 1, except for CHARS (a reflection's characters).
 *
 * Per-deputy facts (duty records, training attendance, reflections) count in the deputy's region
 * and level; a station's and a group's facts in the region of the station or of the group's
 * committee, at that region's congress level.
 */

/** A region's congress level (PROVINCE → PROVINCIAL, CITY → PREFECTURAL; src/domain/dashboard/levels.ts). */
const congressLevel = (col: Prisma.Sql) =>
  Prisma.sql`(CASE ${col} WHEN 'PROVINCE' THEN 'PROVINCIAL' WHEN 'CITY' THEN 'PREFECTURAL' ELSE ${col}::text END)::"DeputyLevel"`;

const dateYear = (col: Prisma.Sql) => Prisma.sql`extract(year FROM ${col})::int`;
const shanghaiYear = (col: Prisma.Sql) => Prisma.sql`extract(year FROM (${col} AT TIME ZONE 'Asia/Shanghai'))::int`;

const SOURCES: Record<TActivityFigure, Prisma.Sql> = {
  // one row per active deputy and quarter (and per deputy and year) with a confirmed record
  dutyActive: Prisma.sql`
    SELECT DISTINCT d."regionId", d."level", ${dateYear(Prisma.sql`r."date"`)} AS "year", q.key,
           d."id"::text AS "id", d."name" AS "title", q.key AS "detail", 1 AS w
    FROM "DutyRecord" r JOIN "Deputy" d ON d."id" = r."deputyId"
    CROSS JOIN LATERAL (VALUES ('Q' || extract(quarter FROM r."date")::int), ('YEAR')) AS q(key)
    WHERE r."status" = 'CONFIRMED' AND d."status" = 'ACTIVE'`,
  stations: Prisma.sql`
    SELECT s."regionId", ${congressLevel(Prisma.sql`g."level"`)} AS "level", ${dateYear(Prisma.sql`rd."date"`)} AS "year", 'RECEPTION_DAYS' AS key,
           rd."id"::text AS "id", s."name" AS "title", to_char(rd."date", 'YYYY-MM-DD') || ' ' || rd."startTime" AS "detail", 1 AS w
    FROM "ReceptionDay" rd JOIN "LiaisonStation" s ON s."id" = rd."stationId" JOIN "Region" g ON g."id" = s."regionId"
    UNION ALL
    SELECT s."regionId", ${congressLevel(Prisma.sql`g."level"`)}, ${dateYear(Prisma.sql`rd."date"`)}, 'VISITS',
           v."id"::text, s."name", v."subject", 1
    FROM "StationVisit" v JOIN "ReceptionDay" rd ON rd."id" = v."receptionDayId"
    JOIN "LiaisonStation" s ON s."id" = v."stationId" JOIN "Region" g ON g."id" = s."regionId"
    UNION ALL
    -- items raised at a station: Item.stationId, or the visit (source STATION_VISIT) that raised it
    SELECT s."regionId", ${congressLevel(Prisma.sql`g."level"`)}, ${shanghaiYear(Prisma.sql`i."createdAt"`)}, 'ITEMS',
           i."id"::text, s."name", i."trackingNumber" || ' ' || i."title", 1
    FROM "Item" i LEFT JOIN "StationVisit" v ON v."itemId" = i."id"
    JOIN "LiaisonStation" s ON s."id" = coalesce(i."stationId", v."stationId") JOIN "Region" g ON g."id" = s."regionId"`,
  groups: Prisma.sql`
    SELECT c."regionId", ${congressLevel(Prisma.sql`g."level"`)} AS "level", ${dateYear(Prisma.sql`a."heldOn"`)} AS "year", a."kind"::text AS key,
           a."id"::text AS "id", a."title", pg."name" AS "detail", 1 AS w
    FROM "GroupActivity" a JOIN "ProfessionalGroup" pg ON pg."id" = a."groupId"
    JOIN "StandingCommittee" c ON c."id" = pg."committeeId" JOIN "Region" g ON g."id" = c."regionId"
    UNION ALL
    SELECT c."regionId", ${congressLevel(Prisma.sql`g."level"`)}, ${dateYear(Prisma.sql`a."heldOn"`)}, 'REPORTS',
           rp."id"::text, rp."title", pg."name", 1
    FROM "GroupReport" rp JOIN "GroupActivity" a ON a."id" = rp."activityId" JOIN "ProfessionalGroup" pg ON pg."id" = a."groupId"
    JOIN "StandingCommittee" c ON c."id" = pg."committeeId" JOIN "Region" g ON g."id" = c."regionId"`,
  training: Prisma.sql`
    SELECT d."regionId", d."level", ${dateYear(Prisma.sql`tc."startsOn"`)} AS "year", 'ATTENDED' AS key,
           tc."id"::text || ':' || d."id"::text AS "id", d."name" AS "title", tc."title" AS "detail", 1 AS w
    FROM "TrainingEnrolment" e JOIN "TrainingCourse" tc ON tc."id" = e."courseId" JOIN "Deputy" d ON d."id" = e."deputyId"
    WHERE e."attended"
    UNION ALL
    SELECT d."regionId", d."level", ${dateYear(Prisma.sql`sr."studiedOn"`)}, k.key,
           sr."id"::text, d."name", sr."title", CASE k.key WHEN 'CHARS' THEN sr."charCount" ELSE 1 END
    FROM "StudyReflection" sr JOIN "Deputy" d ON d."id" = sr."deputyId"
    CROSS JOIN (VALUES ('REFLECTIONS'), ('CHARS')) AS k(key)`,
};

export const ACTIVITY_FIGURE_IDS = Object.keys(SOURCES) as TActivityFigure[];

/** The source rows of one activity figure (columns regionId, level, year, key, id, title, detail, w). */
export function activitySource(figure: TActivityFigure): Prisma.Sql {
  return SOURCES[figure];
}

/** Rebuilds every activity figure from its source (all years: they are small aggregates of indexed tables). */
export async function rebuildActivityFigures(tx: TTx): Promise<void> {
  await tx.$executeRaw`DELETE FROM "DashboardFigure" WHERE "figure" = ANY(${ACTIVITY_FIGURE_IDS}::text[])`;
  for (const figure of ACTIVITY_FIGURE_IDS) {
    await tx.$executeRaw`
      WITH RECURSIVE ${ANCESTORS},
      src AS (${SOURCES[figure]}),
      base AS (SELECT "regionId", "year", "level", key, sum(w)::int AS n FROM src GROUP BY 1, 2, 3, 4)
      INSERT INTO "DashboardFigure" ("regionId", "year", "level", "figure", "key", "n")
      SELECT a.ancestor_id, b."year", b."level", ${figure}, b.key, sum(b.n)::int
      FROM base b JOIN anc a ON a.region_id = b."regionId"
      GROUP BY 1, 2, 3, 4, 5`;
  }
}

/**
 * Changes to the activity sources are noticed by this signature: duty records by count and latest
 * change (they are many; every write bumps updatedAt), the small tables by a hash of every row.
 */
export async function activitySignature(tx: TTx): Promise<string> {
  const rows = await tx.$queryRaw<{ sig: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT count(*)::text || ':' || coalesce(max("updatedAt")::text, '-') FROM "DutyRecord"),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "ReceptionDay" t),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "StationVisit" t),
      (SELECT count(*)::text FROM "Item" WHERE "stationId" IS NOT NULL),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "LiaisonStation" t),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "GroupActivity" t),
      (SELECT coalesce(sum(hashtext(t."id"::text || t."activityId"::text || t."title")), 0)::text FROM "GroupReport" t),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "ProfessionalGroup" t),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "TrainingCourse" t),
      (SELECT coalesce(sum(hashtext(t::text)), 0)::text FROM "TrainingEnrolment" t),
      (SELECT coalesce(sum(hashtext(t."id"::text || t."deputyId"::text || t."charCount" || t."studiedOn" || t."title")), 0)::text FROM "StudyReflection" t)
    )) AS sig`;
  return rows[0]?.sig ?? "-";
}
