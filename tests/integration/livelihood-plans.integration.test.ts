import { describe, expect, it } from "vitest";
import { ActionRefusal } from "@/server/actions";
import { ForbiddenError } from "@/server/errors";
import { planView, proposeCandidate } from "@/server/livelihood/candidates";
import { createPlan, stepPlan } from "@/server/livelihood/plans";
import { listOpenPlans, proposePublic } from "@/server/livelihood/public";
import { useTestDatabase } from "../helpers/test-db";
import { testContext } from "../factories/users";
import { seedVoteWorld } from "../factories/livelihood";

const db = useTestDatabase();
const ctx = testContext();
const at = (iso: string) => new Date(iso);

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (error: unknown) => error);
  if (!(e instanceof ActionRefusal)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e.messageKey;
}

const planInput = (over: Record<string, unknown> = {}) => ({
  year: 2027,
  title: "2027年民生实事项目",
  seats: 2,
  collectOpensAt: "2026-10-01T00:00:00+08:00",
  collectClosesAt: "2026-11-01T00:00:00+08:00",
  ...over,
});
const key = () => crypto.randomUUID().replaceAll("-", "");

describe("征集: the plan's public window and its candidates (issue 7 #1)", () => {
  it("refuses a public window shorter than a month, a second plan for the year, and anyone but staff", async () => {
    const w = await seedVoteWorld(db(), 1);
    expect(await refusal(createPlan(w.staff, planInput({ collectClosesAt: "2026-10-31T23:59:00+08:00" }), ctx))).toBe("livelihood.errors.windowTooShort");
    await createPlan(w.staff, planInput(), ctx);
    expect(await refusal(createPlan(w.staff, planInput(), ctx))).toBe("livelihood.plan.errors.yearTaken");
    await expect(createPlan(w.leader, planInput({ year: 2028 }), ctx)).rejects.toThrow(ForbiddenError);
    expect(await refusal(createPlan(w.staff, planInput({ year: 2029, stage: "VOTING" }), ctx))).toBe("actions.unknownField");
  }, 120_000);

  it("takes public proposals only inside the window, once per key, and deputies' and government's while collecting", async () => {
    const w = await seedVoteWorld(db(), 1);
    const plan = await createPlan(w.staff, planInput(), ctx);
    const proposal = (k = key()) => ({ planId: plan.id, title: "增加社区食堂", description: "老年人就餐不便。", proposerName: "张女士", idempotencyKey: k });
    expect(await proposePublic(proposal(), ctx, at("2026-09-30T15:00:00Z"))).toEqual({ ok: false, kind: "invalid", fieldErrors: { planId: ["livelihood.errors.formClosed"] } });
    expect((await listOpenPlans(at("2026-10-15T00:00:00Z"))).map((p) => p.id)).toContain(plan.id);
    const k = key();
    expect(await proposePublic(proposal(k), ctx, at("2026-10-15T00:00:00Z"))).toEqual({ ok: true, created: true });
    expect(await proposePublic(proposal(k), ctx, at("2026-10-15T00:01:00Z"))).toEqual({ ok: true, created: false });
    expect(await proposePublic({ ...proposal(), title: "" }, ctx, at("2026-10-15T00:00:00Z"))).toMatchObject({ ok: false, fieldErrors: { title: ["livelihood.candidate.errors.title"] } });
    expect(await proposePublic({ ...proposal(), source: "GOVERNMENT" }, ctx, at("2026-10-15T00:00:00Z"))).toMatchObject({ ok: false, fieldErrors: { _form: ["actions.unknownField"] } });
    expect(await proposePublic(proposal(), ctx, at("2026-11-01T00:00:00+08:00"))).toMatchObject({ ok: false, fieldErrors: { planId: ["livelihood.errors.formClosed"] } });

    await proposeCandidate(w.deputies[0]!, plan.id, { title: "农村道路修缮", description: "村道破损。" }, ctx, at("2026-10-20T00:00:00Z"));
    await proposeCandidate(w.staff, plan.id, { title: "城区学校扩容", description: "学位紧张。" }, ctx, at("2026-10-20T00:00:00Z"));
    await expect(proposeCandidate(w.foreignDeputy, plan.id, { title: "x", description: "y" }, ctx)).rejects.toThrow();
    const view = await planView(w.staff, plan.id);
    expect(view.candidates.map((c) => [c.source, c.title])).toEqual([
      ["PUBLIC", "增加社区食堂"],
      ["DEPUTY", "农村道路修缮"],
      ["GOVERNMENT", "城区学校扩容"],
    ]);
    expect(view.candidates[0]!.proposerName).toBe("张女士");
    expect((await planView(w.deputies[0]!, plan.id)).candidates[0]!.proposerName).toBeNull(); // only staff see the resident's name

    // the collection cannot end before the window does; afterwards deputies may no longer propose
    expect(await refusal(stepPlan(w.staff, plan.id, "closeCollection", ctx, at("2026-10-31T00:00:00Z")))).toBe("livelihood.errors.collectionNotOver");
    await stepPlan(w.staff, plan.id, "closeCollection", ctx, at("2026-11-02T00:00:00Z"));
    expect(await refusal(proposeCandidate(w.deputies[0]!, plan.id, { title: "晚了", description: "已过征集期" }, ctx))).toBe("livelihood.errors.notNow");
    expect(await refusal(stepPlan(w.staff, plan.id, "closeCollection", ctx, at("2026-11-03T00:00:00Z")))).toBe("livelihood.errors.notNow");
  }, 120_000);
});
