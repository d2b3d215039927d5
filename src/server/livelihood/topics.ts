import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { assertCan } from "../authz";
import { writeAudit } from "../audit";
import { getDb, type TTx } from "../db";
import { NotFoundError } from "../errors";
import { createItemInTx } from "../items/commands";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { TX_OPTIONS, auditActor, committeeOf, refuse, uuidOrNotFound } from "./scope";

/**
 * 专项监督 topics and 执法检查: the topic, the deputies taking part, the findings, and a loop item
 * raised from a finding (createItemInTx, source ON_BEHALF by staff, in the finding's transaction;
 * the link is SupervisionFinding.itemId).
 */
export const SUPERVISION_KINDS = ["SPECIAL_TOPIC", "LAW_ENFORCEMENT"] as const;
const K = {
  kind: "livelihood.topic.errors.kind",
  title: "livelihood.topic.errors.title",
  body: "livelihood.topic.errors.body",
  year: "livelihood.plan.errors.year",
  deputies: "livelihood.topic.errors.deputies",
  finding: "livelihood.topic.errors.finding",
};

export const ZTopic = z
  .object({
    kind: z.enum(SUPERVISION_KINDS, { error: K.kind }),
    year: z.coerce.number({ error: K.year }).int(K.year).min(2000, K.year).max(2100, K.year),
    title: z.string({ error: K.title }).trim().min(1, K.title).max(120, K.title),
    description: z.string({ error: K.body }).trim().min(1, K.body).max(3000, K.body),
  })
  .strict();

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  return refuse(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? K.title), String(issue?.path[0] ?? "") || undefined);
}

const audit = (tx: TTx, actor: TSessionUser, action: `livelihood.${"topic" | "finding"}.${string}`, id: string, ctx: TRequestContext, now: Date, detail?: Record<string, string | number>) =>
  writeAudit(tx, { actor: auditActor(actor), action, objectType: "SupervisionTopic", objectId: id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail, at: now });

export async function createTopic(actor: TSessionUser, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "livelihood:manage");
  const data = parse(ZTopic, input);
  const committeeId = await committeeOf(actor);
  return getDb().$transaction(async (tx) => {
    const t = await tx.supervisionTopic.create({ data: { ...data, committeeId, createdAt: now }, select: { id: true } });
    await audit(tx, actor, "livelihood.topic.create", t.id, ctx, now, { kind: data.kind });
    return t;
  }, TX_OPTIONS);
}

async function topicInScope(tx: Pick<TTx, "supervisionTopic" | "deputy" | "handlingUnit">, actor: TSessionUser, topicId: unknown) {
  const id = uuidOrNotFound(topicId);
  const committeeId = await committeeOf(actor, tx);
  const topic = await tx.supervisionTopic.findFirst({ where: { id, committeeId } });
  if (!topic) throw new NotFoundError();
  return topic;
}

/** Staff add deputies of the same congress to a topic (already taking part: left as is). */
export async function addParticipants(actor: TSessionUser, topicId: unknown, deputyIds: unknown, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "livelihood:manage");
  const ids = z.array(z.uuid()).min(1).max(200).safeParse(deputyIds);
  if (!ids.success) refuse(K.deputies, "deputyIds");
  const wanted = [...new Set(ids.data)];
  await getDb().$transaction(async (tx) => {
    const topic = await topicInScope(tx, actor, topicId);
    const found = await tx.deputy.count({ where: { id: { in: wanted }, committeeId: topic.committeeId, status: "ACTIVE" } });
    if (found !== wanted.length) refuse(K.deputies, "deputyIds");
    await tx.supervisionParticipant.createMany({ data: wanted.map((deputyId) => ({ topicId: topic.id, deputyId })), skipDuplicates: true });
    await audit(tx, actor, "livelihood.topic.participants", topic.id, ctx, now, { added: wanted.length });
  }, TX_OPTIONS);
}

export const ZFinding = z.object({ text: z.string({ error: K.finding }).trim().min(1, K.finding).max(3000, K.finding), raise: z.boolean().default(false) }).strict();

/** A finding; with `raise`, a loop item in the same transaction, linked from the finding. */
export async function addFinding(actor: TSessionUser, topicId: unknown, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string; trackingNumber: string | null }> {
  assertCan(actor, "livelihood:manage");
  assertCan(actor, "item:submit");
  const data = parse(ZFinding, input);
  return getDb().$transaction(async (tx) => {
    const topic = await topicInScope(tx, actor, topicId);
    let item: { id: string; trackingNumber: string } | null = null;
    if (data.raise) {
      const label = topic.kind === "LAW_ENFORCEMENT" ? "执法检查" : "专项监督";
      item = await createItemInTx(
        tx,
        actor,
        {
          source: "ON_BEHALF",
          title: `【${label}】${topic.title}`.slice(0, 120),
          body: data.text,
          submitterName: `${label}组`,
          idempotencyKey: randomUUID().replaceAll("-", ""),
        },
        ctx,
        now,
      );
    }
    const f = await tx.supervisionFinding.create({ data: { topicId: topic.id, text: data.text, itemId: item?.id ?? null, createdAt: now }, select: { id: true } });
    await audit(tx, actor, "livelihood.finding.create", topic.id, ctx, now, item ? { finding: f.id, item: item.id } : { finding: f.id });
    return { id: f.id, trackingNumber: item?.trackingNumber ?? null };
  }, TX_OPTIONS);
}

export async function listTopics(actor: TSessionUser) {
  assertCan(actor, "supervision:read");
  const committeeId = await committeeOf(actor);
  const rows = await getDb().supervisionTopic.findMany({
    where: { committeeId },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, year: true, title: true, _count: { select: { participants: true, findings: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, participants: _count.participants, findings: _count.findings }));
}

export async function topicView(actor: TSessionUser, topicId: unknown) {
  assertCan(actor, "supervision:read");
  const db = getDb();
  const topic = await topicInScope(db, actor, topicId);
  const [participants, findings] = await Promise.all([
    db.supervisionParticipant.findMany({ where: { topicId: topic.id }, orderBy: { deputy: { name: "asc" } }, select: { deputy: { select: { id: true, name: true, level: true } } } }),
    db.supervisionFinding.findMany({ where: { topicId: topic.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, text: true, item: { select: { id: true, trackingNumber: true, stage: true } } } }),
  ]);
  const { id, kind, year, title, description } = topic;
  return { topic: { id, kind, year, title, description }, participants: participants.map((p) => p.deputy), findings };
}

/** Deputies of the committee who may take part (for the staff's picker). */
export async function participantOptions(actor: TSessionUser, topicId: unknown) {
  assertCan(actor, "livelihood:manage");
  const db = getDb();
  const topic = await topicInScope(db, actor, topicId);
  return db.deputy.findMany({ where: { committeeId: topic.committeeId, status: "ACTIVE" }, orderBy: { name: "asc" }, take: 300, select: { id: true, name: true } });
}
