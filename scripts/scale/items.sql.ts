/**
 * 300,000 loop items (at scale 1) over three years with their full timelines, written straight in
 * SQL: a plan per item (committee, dates, how far it got), then Item, ItemUnit, ItemSponsor and
 * ItemHistory from the plan and one template of the loop's steps. Items stop where their age
 * allows (nothing happens in the future); many older ones are still being handled, so overdue.
 */
export function itemsSql(items: number, deputyAccounts: number, staffId: string): string[] {
  return [
    `CREATE TEMP TABLE scale_plan AS
     WITH base AS (
       SELECT i, pg_temp.scale_uuid('scale-item' || i) AS id,
              timestamptz '2024-01-01 09:00+08' + ((i - 1)::float8 / ${items}) * (timestamptz '2026-11-20 09:00+08' - timestamptz '2024-01-01 09:00+08') AS created_at,
              (i * 7 + i / 13) % 100 AS r,
              CASE WHEN i % 100 < 5 THEN 'PROVINCE' WHEN i % 100 < 30 THEN 'CITY' WHEN i % 100 < 80 THEN 'COUNTY' ELSE 'TOWNSHIP' END AS cl,
              CASE WHEN i % 100 < 5 THEN 1 WHEN i % 100 < 30 THEN (i / 100) % 18 + 1 WHEN i % 100 < 80 THEN (i / 100) % 162 + 1 ELSE (i / 100) % 2430 + 1 END AS cn,
              60 + (i * 37) % 90 AS d_reply
       FROM generate_series(1, ${items}) i
     ), aged AS (
       SELECT b.*, extract(epoch FROM (now() - b.created_at)) / 86400 AS age,
              CASE WHEN b.r < 3 THEN 'SUBMITTED' WHEN b.r < 6 THEN 'DECLINED' WHEN b.r < 8 THEN 'MERGED' WHEN b.r < 10 THEN 'ACCEPTED'
                   WHEN b.r < 14 THEN 'ASSIGNED' WHEN b.r < 26 THEN 'HANDLING' WHEN b.r < 29 THEN 'REPLY_DRAFTED' WHEN b.r < 31 THEN 'REPLY_APPROVED'
                   WHEN b.r < 36 THEN 'REPLIED' WHEN b.r < 44 THEN 'CLOSED2' ELSE 'CLOSED' END AS planned
       FROM base b
     )
     SELECT a.i, a.id, a.created_at, a.d_reply, sc.committee_id,
            CASE WHEN a.planned IN ('SUBMITTED','DECLINED','MERGED','ACCEPTED') THEN a.planned
                 WHEN a.age < 6 THEN 'SUBMITTED'
                 WHEN a.age < 31 AND a.planned <> 'ASSIGNED' THEN 'ASSIGNED'
                 WHEN a.age < 200 AND a.planned NOT IN ('ASSIGNED','HANDLING') THEN 'HANDLING'
                 ELSE a.planned END AS plan,
            CASE WHEN sc.units > 0 THEN pg_temp.scale_uuid('scale-unit' || sc.committee_id || '-' || (a.i % sc.units + 1)) END AS unit_id,
            (ARRAY['A','A','A','A','A','B','B','B','C','D'])[a.i % 10 + 1] AS class,
            CASE WHEN (a.i / 7) % 10 < 7 THEN 'SATISFIED' ELSE 'BASICALLY_SATISFIED' END AS sat,
            (ARRAY['DEPUTY_SUGGESTION','DEPUTY_SUGGESTION','DEPUTY_SUGGESTION','PUBLIC_OPINION','PUBLIC_OPINION','STATION_VISIT','GRID_REPORT','FACE_TO_FACE','ON_BEHALF','DEPUTY_SUGGESTION'])[a.i % 10 + 1] AS source,
            a.age
     FROM aged a JOIN scale_committee sc ON sc.level = a.cl AND sc.n = a.cn`,
    `ALTER TABLE scale_plan ADD COLUMN max_ord int, ADD COLUMN path text`,
    `UPDATE scale_plan SET
       path = CASE plan WHEN 'DECLINED' THEN 'decline' WHEN 'MERGED' THEN 'merge' WHEN 'CLOSED2' THEN 'round2' ELSE 'main' END,
       max_ord = CASE plan WHEN 'SUBMITTED' THEN 1 WHEN 'DECLINED' THEN 2 WHEN 'MERGED' THEN 2 WHEN 'ACCEPTED' THEN 2 WHEN 'ASSIGNED' THEN 3
                 WHEN 'HANDLING' THEN 5 WHEN 'REPLY_DRAFTED' THEN 6 WHEN 'REPLY_APPROVED' THEN 7 WHEN 'REPLIED' THEN 9 WHEN 'CLOSED' THEN 10 ELSE 14 END`,
    // the loop's steps: (path, ord, action, from, to, round, day offset from creation or from the reply day)
    `CREATE TEMP TABLE scale_step (path text, ord int, action text, from_stage text, to_stage text, round int, base text, off int)`,
    `INSERT INTO scale_step VALUES
       ('*', 1, 'submit', NULL, 'SUBMITTED', 1, 'c', 0),
       ('decline', 2, 'decline', 'SUBMITTED', 'DECLINED', 1, 'c', 3),
       ('merge', 2, 'merge', 'SUBMITTED', 'MERGED', 1, 'c', 3),
       ('main', 2, 'accept', 'SUBMITTED', 'ACCEPTED', 1, 'c', 2),
       ('main', 3, 'assign', 'ACCEPTED', 'ASSIGNED', 1, 'c', 5),
       ('main', 4, 'signFor', 'ASSIGNED', 'HANDLING', 1, 'c', 7),
       ('main', 5, 'progressNote', 'HANDLING', 'HANDLING', 1, 'c', 30),
       ('main', 6, 'draftReply', 'HANDLING', 'REPLY_DRAFTED', 1, 'r', -3),
       ('main', 7, 'approveReply', 'REPLY_DRAFTED', 'REPLY_APPROVED', 1, 'r', -1),
       ('main', 8, 'deliverReply', 'REPLY_APPROVED', 'REPLIED', 1, 'r', 0),
       ('main', 9, 'acknowledge', 'REPLIED', 'REPLIED', 1, 'r', 2),
       ('closed1', 10, 'evaluate', 'REPLIED', 'CLOSED', 1, 'r', 10),
       ('round2', 10, 'evaluate', 'REPLIED', 'HANDLING', 1, 'r', 10),
       ('round2', 11, 'draftReply', 'HANDLING', 'REPLY_DRAFTED', 2, 'r', 30),
       ('round2', 12, 'approveReply', 'REPLY_DRAFTED', 'REPLY_APPROVED', 2, 'r', 31),
       ('round2', 13, 'deliverReply', 'REPLY_APPROVED', 'REPLIED', 2, 'r', 32),
       ('round2', 14, 'evaluate', 'REPLIED', 'CLOSED', 2, 'r', 40)`,
    `INSERT INTO "Item" ("id", "trackingNumber", "source", "title", "body", "committeeId", "stage", "round", "resultClass", "replyText",
       "replyAcknowledged", "satisfaction", "leadUnitId", "deadline", "followUp", "mergedIntoId", "idempotencyKey", "version",
       "createdById", "createdAt", "updatedAt")
     SELECT p.id,
            'SC-' || extract(year FROM p.created_at)::int || '-' || lpad(p.i::text, 7, '0'),
            p.source::"ItemSource",
            (ARRAY['关于加强农村道路养护的建议','关于改善城区停车难的建议','关于提升基层医疗服务能力的建议','关于加快老旧小区改造的建议','关于支持红薯产业发展的建议','关于完善农村饮水安全的建议'])[p.i % 6 + 1],
            '建议内容（规模测试数据）。', p.committee_id,
            (CASE WHEN p.plan = 'CLOSED2' THEN 'CLOSED' ELSE p.plan END)::"ItemStage",
            CASE WHEN p.plan = 'CLOSED2' THEN 2 ELSE 1 END,
            CASE WHEN p.max_ord >= 6 THEN p.class END,
            CASE WHEN p.max_ord >= 6 THEN '答复意见' END,
            p.max_ord >= 9,
            CASE WHEN p.max_ord >= 10 THEN p.sat::"Satisfaction" END,
            CASE WHEN p.max_ord >= 3 THEN p.unit_id END,
            CASE WHEN p.max_ord BETWEEN 3 AND 7 THEN p.created_at + interval '5 days' + interval '3 months' END,
            CASE WHEN p.max_ord >= 10 AND p.class IN ('B','C') THEN (CASE WHEN p.age > 500 THEN 'RESOLVED' ELSE 'PENDING' END)::"FollowUpState" END,
            CASE WHEN p.plan = 'MERGED' THEN pg_temp.scale_uuid('scale-item' || greatest(p.i - 1, 1)) END,
            'scale-' || p.i, p.max_ord,
            CASE WHEN p.source = 'DEPUTY_SUGGESTION' THEN pg_temp.scale_uuid('scale-user' || (p.i % ${deputyAccounts} + 1)) ELSE '${staffId}'::uuid END,
            p.created_at,
            p.created_at + make_interval(days => CASE p.max_ord WHEN 1 THEN 0 WHEN 2 THEN 3 WHEN 3 THEN 5 WHEN 4 THEN 7 WHEN 5 THEN 30
                                                   WHEN 14 THEN p.d_reply + 40 ELSE p.d_reply + 10 END)
     FROM scale_plan p ORDER BY p.i`,
    `INSERT INTO "ItemHistory" ("id", "itemId", "at", "actorId", "action", "fromStage", "toStage", "round", "note", "detail")
     SELECT gen_random_uuid(), p.id,
            p.created_at + make_interval(days => CASE s.base WHEN 'c' THEN s.off ELSE p.d_reply + s.off END) + make_interval(mins => s.ord),
            '${staffId}'::uuid, s.action, s.from_stage::"ItemStage", s.to_stage::"ItemStage", s.round,
            CASE s.action WHEN 'decline' THEN '不属于本级职权范围' WHEN 'progressNote' THEN '已实地调研，正在研究办理方案' WHEN 'evaluate' THEN CASE WHEN s.to_stage = 'HANDLING' THEN '问题未解决' END END,
            CASE s.action
              WHEN 'assign' THEN jsonb_build_object('leadUnitId', p.unit_id, 'coUnitIds', '[]'::jsonb, 'complex', false)
              WHEN 'draftReply' THEN jsonb_build_object('resultClass', p.class, 'text', '答复意见')
              WHEN 'merge' THEN jsonb_build_object('targetItemId', pg_temp.scale_uuid('scale-item' || greatest(p.i - 1, 1)))
              WHEN 'evaluate' THEN jsonb_build_object('satisfaction', CASE WHEN s.to_stage = 'HANDLING' THEN 'DISSATISFIED' ELSE p.sat END)
              ELSE '{}'::jsonb END
     FROM scale_plan p
     JOIN scale_step s ON s.ord <= p.max_ord AND (
       s.path = '*' OR s.path = p.path OR (s.path = 'main' AND p.path IN ('main','round2') AND s.ord <= 9)
       OR (s.path = 'closed1' AND p.path = 'main'))`,
    `INSERT INTO "ItemUnit" ("itemId", "unitId", "role") SELECT p.id, p.unit_id, 'LEAD' FROM scale_plan p WHERE p.max_ord >= 3 AND p.unit_id IS NOT NULL`,
    `INSERT INTO "ItemSponsor" ("itemId", "userId", "isLead")
     SELECT p.id, pg_temp.scale_uuid('scale-user' || (p.i % ${deputyAccounts} + 1)), true FROM scale_plan p WHERE p.source = 'DEPUTY_SUGGESTION'`,
  ];
}
