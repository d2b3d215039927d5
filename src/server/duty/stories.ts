import "server-only";
import { ActionRefusal } from "../actions";
import { writeAudit } from "../audit";
import type { TActor } from "../authz";
import { assertCan } from "../authz";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import type { TRequestContext } from "../request-context";
import { ZStoryInput } from "./inputs";
import type { TDutyActor } from "./records";
import { committeeScope, isUuid } from "./scope";

/**
 * Deputy stories (代表风采): staff write them about their committee's deputies and publish them;
 * published stories are public (no account). The public read returns only what the page shows.
 */
export async function createStory(actor: TDutyActor, input: unknown, ctx: TRequestContext, now = new Date()): Promise<{ id: string }> {
  assertCan(actor, "duty:manage");
  const committeeId = committeeScope(actor);
  const r = ZStoryInput.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ActionRefusal(issue?.code === "unrecognized_keys" ? "actions.unknownField" : (issue?.message ?? "actions.invalid"), issue?.code === "unrecognized_keys" ? undefined : String(issue?.path[0] ?? ""));
  }
  const d = r.data;
  const deputy = await getDb().deputy.findUnique({ where: { id: d.deputyId }, select: { committeeId: true } });
  if (!deputy || deputy.committeeId !== committeeId) throw new ActionRefusal("duty.errors.deputiesOutOfScope", "deputyId");
  const published = d.publish === "on";
  return getDb().$transaction(async (tx) => {
    const s = await tx.deputyStory.create({ data: { committeeId, deputyId: d.deputyId, title: d.title, body: d.body, published, publishedAt: published ? now : null }, select: { id: true } });
    await writeAudit(tx, { actor: { id: actor.id, username: actor.username, role: actor.role }, action: "duty.story.create", objectType: "DeputyStory", objectId: s.id, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { published } });
    return s;
  });
}

export async function publishStory(actor: TDutyActor, storyId: string, ctx: TRequestContext, now = new Date()): Promise<void> {
  assertCan(actor, "duty:manage");
  const committeeId = committeeScope(actor);
  if (!isUuid(storyId)) throw new NotFoundError();
  await getDb().$transaction(async (tx) => {
    const n = await tx.deputyStory.updateMany({ where: { id: storyId, committeeId, published: false }, data: { published: true, publishedAt: now } });
    if (n.count !== 1) throw new NotFoundError();
    await writeAudit(tx, { actor: { id: actor.id, username: actor.username, role: actor.role }, action: "duty.story.publish", objectType: "DeputyStory", objectId: storyId, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId });
  });
}

export type TStoryRow = { id: string; title: string; body: string; deputyName: string; committeeName: string; published: boolean; publishedAt: Date | null };

export async function committeeStories(actor: TActor): Promise<TStoryRow[]> {
  const committeeId = committeeScope(actor);
  const rows = await getDb().deputyStory.findMany({
    where: { committeeId },
    select: { id: true, title: true, body: true, published: true, publishedAt: true, deputy: { select: { name: true } }, committee: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }],
  });
  return rows.map((s) => ({ id: s.id, title: s.title, body: s.body, published: s.published, publishedAt: s.publishedAt, deputyName: s.deputy.name, committeeName: s.committee.name }));
}

/** No account needed: published stories only, newest first, with the deputy's name and committee. */
export async function publicStories(): Promise<Omit<TStoryRow, "published">[]> {
  const rows = await getDb().deputyStory.findMany({
    where: { published: true },
    select: { id: true, title: true, body: true, publishedAt: true, deputy: { select: { name: true } }, committee: { select: { name: true } } },
    orderBy: [{ publishedAt: "desc" }],
    take: 50,
  });
  return rows.map((s) => ({ id: s.id, title: s.title, body: s.body, publishedAt: s.publishedAt, deputyName: s.deputy.name, committeeName: s.committee.name }));
}
