/**
 * One synthetic province (SQL run by seed.ts): 18 cities, 9 counties each, 15 townships each, a
 * standing committee for every region, handling units, 200,000 deputies, deputy accounts for
 * sponsoring, 5,000 stations with deputies on duty. Ids are md5-derived UUIDs, so every run makes
 * the same rows (pg_temp.scale_uuid); all sizes scale with `scale` (1 = the full province).
 */
export const CITY_NAMES = ["郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", "济源"];

export function placesSql(deputies: number, stations: number, deputyAccounts: number): string[] {
  const cities = `ARRAY[${CITY_NAMES.map((n) => `'${n}'`).join(",")}]`;
  return [
    // ids: md5 of a name, shaped as an RFC 9562 version-4 UUID (the app's zod checks reject other shapes)
    `CREATE FUNCTION pg_temp.scale_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
     $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
    // regions: province, cities, counties, townships
    `INSERT INTO "Region" ("id", "code", "name", "level", "parentId")
     VALUES (pg_temp.scale_uuid('scale-region-p'), 'S410000', '豫省（规模测试）', 'PROVINCE', NULL)`,
    `INSERT INTO "Region" ("id", "code", "name", "level", "parentId")
     SELECT pg_temp.scale_uuid('scale-region-c' || c), 'S41' || lpad(c::text, 2, '0') || '00', (${cities})[c] || '市', 'CITY', pg_temp.scale_uuid('scale-region-p')
     FROM generate_series(1, 18) c`,
    `INSERT INTO "Region" ("id", "code", "name", "level", "parentId")
     SELECT pg_temp.scale_uuid('scale-region-k' || k), 'S41' || lpad(((k - 1) / 9 + 1)::text, 2, '0') || lpad(((k - 1) % 9 + 1)::text, 2, '0'),
            (${cities})[(k - 1) / 9 + 1] || '第' || ((k - 1) % 9 + 1) || '县', 'COUNTY', pg_temp.scale_uuid('scale-region-c' || ((k - 1) / 9 + 1))
     FROM generate_series(1, 162) k`,
    `INSERT INTO "Region" ("id", "code", "name", "level", "parentId")
     SELECT pg_temp.scale_uuid('scale-region-t' || t), 'S' || lpad(t::text, 8, '0'), '第' || t || '乡镇', 'TOWNSHIP', pg_temp.scale_uuid('scale-region-k' || ((t - 1) / 15 + 1))
     FROM generate_series(1, 2430) t`,
    `INSERT INTO "StandingCommittee" ("id", "name", "regionId", "termNumber")
     SELECT pg_temp.scale_uuid('scale-sc' || r."id"), r."name" || CASE WHEN r."level" = 'TOWNSHIP' THEN '人大主席团' ELSE '人大常委会' END, r."id", 14
     FROM "Region" r WHERE r."code" LIKE 'S%'`,
    // handling units: 60 / 40 / 30 / 3 per committee by level
    `INSERT INTO "HandlingUnit" ("id", "name", "committeeId", "regionId")
     SELECT pg_temp.scale_uuid('scale-unit' || c."id" || '-' || n), r."name" || '承办单位' || n, c."id", r."id"
     FROM "StandingCommittee" c JOIN "Region" r ON r."id" = c."regionId"
     CROSS JOIN LATERAL generate_series(1, CASE r."level" WHEN 'PROVINCE' THEN 60 WHEN 'CITY' THEN 40 WHEN 'COUNTY' THEN 30 ELSE 3 END) n
     WHERE r."code" LIKE 'S%'`,
    // numbered lookups for the generators below
    `CREATE TEMP TABLE scale_committee AS
     SELECT row_number() OVER (PARTITION BY r."level" ORDER BY r."code")::int AS n, r."level"::text AS level, c."id" AS committee_id, r."id" AS region_id,
            (SELECT count(*) FROM "HandlingUnit" u WHERE u."committeeId" = c."id")::int AS units
     FROM "StandingCommittee" c JOIN "Region" r ON r."id" = c."regionId" WHERE r."code" LIKE 'S%'`,
    `CREATE INDEX ON scale_committee (level, n)`,
    // deputies: national and provincial (province's congress), prefectural (cities), county, township
    `INSERT INTO "Deputy" ("id", "name", "gender", "level", "committeeId", "termNumber", "regionId", "status", "updatedAt")
     SELECT pg_temp.scale_uuid('scale-deputy' || i),
            (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭','何','高','林','罗'])[i % 20 + 1] ||
            (ARRAY['建国','秀英','志强','丽','伟','芳','军','敏','静','磊','洋','艳','勇','杰','娟','涛','明','超','霞','平'])[(i / 20) % 20 + 1] || (i % 97),
            CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END::"Gender",
            lv.level::"DeputyLevel", sc.committee_id, 14, rg.region_id,
            CASE WHEN i % 50 = 0 THEN 'TERMINATED' ELSE 'ACTIVE' END::"DeputyStatus", now()
     FROM generate_series(1, ${deputies}) i
     CROSS JOIN LATERAL (SELECT CASE
        WHEN i <= ${Math.round(deputies * 0.00085)} THEN 'NATIONAL'
        WHEN i <= ${Math.round(deputies * 0.0056)} THEN 'PROVINCIAL'
        WHEN i <= ${Math.round(deputies * 0.0556)} THEN 'PREFECTURAL'
        WHEN i <= ${Math.round(deputies * 0.3056)} THEN 'COUNTY'
        ELSE 'TOWNSHIP' END AS level) lv
     CROSS JOIN LATERAL (SELECT i % 18 + 1 AS c, i % 162 + 1 AS k, i % 2430 + 1 AS t) p
     -- the electoral region first, then the congress that region's deputies of this level belong to
     CROSS JOIN LATERAL (SELECT
        CASE lv.level WHEN 'NATIONAL' THEN 'PROVINCE' WHEN 'PROVINCIAL' THEN 'CITY' WHEN 'PREFECTURAL' THEN 'COUNTY' ELSE 'TOWNSHIP' END AS rl,
        CASE lv.level WHEN 'NATIONAL' THEN 1 WHEN 'PROVINCIAL' THEN p.c WHEN 'PREFECTURAL' THEN p.k ELSE p.t END AS rn,
        CASE lv.level WHEN 'NATIONAL' THEN 'PROVINCE' WHEN 'PROVINCIAL' THEN 'PROVINCE' WHEN 'PREFECTURAL' THEN 'CITY' WHEN 'COUNTY' THEN 'COUNTY' ELSE 'TOWNSHIP' END AS cl,
        CASE lv.level WHEN 'NATIONAL' THEN 1 WHEN 'PROVINCIAL' THEN 1 WHEN 'PREFECTURAL' THEN (p.k - 1) / 9 + 1 WHEN 'COUNTY' THEN (p.t - 1) / 15 + 1 ELSE p.t END AS cn) m
     JOIN scale_committee sc ON sc.level = m.cl AND sc.n = m.cn
     JOIN scale_committee rg ON rg.level = m.rl AND rg.n = m.rn`,
    // accounts for the deputies who sponsor suggestions (login disabled: the hash is not a hash)
    `INSERT INTO "User" ("id", "username", "displayName", "passwordHash", "role", "updatedAt")
     SELECT pg_temp.scale_uuid('scale-user' || i), 'scale-deputy-' || i, '代表' || i, '!', 'DEPUTY', now() FROM generate_series(1, ${deputyAccounts}) i`,
    `UPDATE "Deputy" d SET "userId" = pg_temp.scale_uuid('scale-user' || g.i)
     FROM generate_series(1, ${deputyAccounts}) g(i) WHERE d."id" = pg_temp.scale_uuid('scale-deputy' || (g.i * 7 % ${deputies} + 1))`,
    // stations: two in most townships, the rest at counties
    `INSERT INTO "LiaisonStation" ("id", "name", "kind", "regionId", "theme")
     SELECT pg_temp.scale_uuid('scale-station' || s), '代表联络站' || s,
            (ARRAY['TOWNSHIP','TOWNSHIP','TOWNSHIP','CONTACT_POINT','SPECIALTY','INDUSTRY'])[s % 6 + 1]::"StationKind",
            CASE WHEN s <= 4860 THEN pg_temp.scale_uuid('scale-region-t' || ((s - 1) % 2430 + 1)) ELSE pg_temp.scale_uuid('scale-region-k' || ((s - 1) % 162 + 1)) END,
            (ARRAY[NULL,'生猪养殖','玉雕','红薯','教育','医疗'])[s % 6 + 1]
     FROM generate_series(1, ${stations}) s`,
    `INSERT INTO "StationDeputy" ("stationId", "deputyId")
     SELECT pg_temp.scale_uuid('scale-station' || s), pg_temp.scale_uuid('scale-deputy' || ((s * 5 + k) * 13 % ${deputies} + 1))
     FROM generate_series(1, ${stations}) s CROSS JOIN generate_series(1, 5) k
     ON CONFLICT DO NOTHING`,
  ];
}
