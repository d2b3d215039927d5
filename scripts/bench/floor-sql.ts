/**
 * The database floor (issue 6 item 3): the dashboard's figures for the whole province computed by
 * plain SQL straight from the base tables (Item, ItemHistory, Deputy, Region, DutyRecord and the
 * station, group and training tables), no aggregate table.
 * The on-time reply compares the first delivery with assignment + 3 months (+ approved extension
 * days) without the working-day shift, so it may differ from the dashboard by items whose deadline
 * fell on a rest day; every other figure is the same definition as the dashboard's.
 */
export const FLOOR_QUERIES: Record<string, string> = {
  regions: `WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id")
            SELECT count(*) FROM sub`,
  stagesClassesFollowUp: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id"),
    items AS (SELECT i.* FROM "Item" i JOIN "StandingCommittee" c ON c."id" = i."committeeId" WHERE c."regionId" IN (SELECT "id" FROM sub))
    SELECT 'stage' AS f, "stage"::text AS k, count(*) FROM items GROUP BY 2
    UNION ALL SELECT 'class', "resultClass", count(*) FROM items WHERE "resultClass" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'followUp', "resultClass", count(*) FROM items WHERE "followUp" = 'PENDING' GROUP BY 2`,
  overdueByUnit: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id")
    SELECT u."name", count(*) AS n FROM "Item" i JOIN "StandingCommittee" c ON c."id" = i."committeeId" JOIN "HandlingUnit" u ON u."id" = i."leadUnitId"
    WHERE c."regionId" IN (SELECT "id" FROM sub) AND i."deadline" < now() GROUP BY u."id", u."name" ORDER BY n DESC LIMIT 10`,
  satisfaction: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id")
    SELECT CASE WHEN h."round" = 1 THEN 'first' END AS first, CASE WHEN h."toStage" = 'CLOSED' THEN 'final' END AS final, h."detail"->>'satisfaction' AS s, count(*)
    FROM "ItemHistory" h JOIN "Item" i ON i."id" = h."itemId" JOIN "StandingCommittee" c ON c."id" = i."committeeId"
    WHERE h."action" = 'evaluate' AND c."regionId" IN (SELECT "id" FROM sub) GROUP BY 1, 2, 3`,
  onTime: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id"),
    t AS (
      SELECT h."itemId",
             max(h."at") FILTER (WHERE h."action" = 'assign') AS assigned,
             coalesce(sum((h."detail"->>'days')::int) FILTER (WHERE h."action" = 'approveExtension'), 0) AS ext,
             min(h."at") FILTER (WHERE h."action" = 'deliverReply') AS delivered
      FROM "ItemHistory" h JOIN "Item" i ON i."id" = h."itemId" JOIN "StandingCommittee" c ON c."id" = i."committeeId"
      WHERE c."regionId" IN (SELECT "id" FROM sub) AND h."action" IN ('assign', 'approveExtension', 'deliverReply')
      GROUP BY 1)
    SELECT count(*) FILTER (WHERE delivered <= assigned + interval '3 months' + make_interval(days => ext::int)) AS on_time, count(*) FILTER (WHERE delivered IS NOT NULL) AS replied FROM t`,
  deputies: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id")
    SELECT d."level", count(*) FROM "Deputy" d WHERE d."status" = 'ACTIVE' AND d."regionId" IN (SELECT "id" FROM sub) GROUP BY 1`,
  dutyActive: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id")
    SELECT d."level", extract(year FROM r."date") AS y, q.key, count(DISTINCT d."id")
    FROM "DutyRecord" r JOIN "Deputy" d ON d."id" = r."deputyId"
    CROSS JOIN LATERAL (VALUES ('Q' || extract(quarter FROM r."date")::int), ('YEAR')) AS q(key)
    WHERE r."status" = 'CONFIRMED' AND d."status" = 'ACTIVE' AND d."regionId" IN (SELECT "id" FROM sub) GROUP BY 1, 2, 3`,
  stationsGroupsTraining: `
    WITH RECURSIVE sub AS (SELECT "id" FROM "Region" WHERE "id" = $1::uuid UNION ALL SELECT r."id" FROM "Region" r JOIN sub ON r."parentId" = sub."id")
    SELECT 'days' AS k, count(*) FROM "ReceptionDay" rd JOIN "LiaisonStation" s ON s."id" = rd."stationId" WHERE s."regionId" IN (SELECT "id" FROM sub)
    UNION ALL SELECT 'visits', count(*) FROM "StationVisit" v JOIN "LiaisonStation" s ON s."id" = v."stationId" WHERE s."regionId" IN (SELECT "id" FROM sub)
    UNION ALL SELECT 'items', count(*) FROM "Item" i LEFT JOIN "StationVisit" v ON v."itemId" = i."id" JOIN "LiaisonStation" s ON s."id" = coalesce(i."stationId", v."stationId") WHERE s."regionId" IN (SELECT "id" FROM sub)
    UNION ALL SELECT 'groups', count(*) FROM "GroupActivity" a JOIN "ProfessionalGroup" g ON g."id" = a."groupId" JOIN "StandingCommittee" c ON c."id" = g."committeeId" WHERE c."regionId" IN (SELECT "id" FROM sub)
    UNION ALL SELECT 'attended', count(*) FROM "TrainingEnrolment" e JOIN "Deputy" d ON d."id" = e."deputyId" WHERE e."attended" AND d."regionId" IN (SELECT "id" FROM sub)
    UNION ALL SELECT 'chars', coalesce(sum(sr."charCount"), 0) FROM "StudyReflection" sr JOIN "Deputy" d ON d."id" = sr."deputyId" WHERE d."regionId" IN (SELECT "id" FROM sub)`,
};
