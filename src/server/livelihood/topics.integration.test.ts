import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { seedVoteWorld } from "../../../tests/factories/livelihood";
import { ActionRefusal } from "../actions";
import { ForbiddenError, NotFoundError } from "../errors";
import { addFinding, addParticipants, createTopic, listTopics, topicView } from "./topics";

const db = useTestDatabase();
const ctx = testContext();

describe("special supervision topics and law-enforcement inspections (issue 7 #5)", () => {
  it("records the topic, the deputies taking part and findings, and raises a finding into the loop in one transaction", async () => {
    const w = await seedVoteWorld(db(), 3);
    const topic = await createTopic(w.staff, { kind: "LAW_ENFORCEMENT", year: "2026", title: "水污染防治法执法检查", description: "检查白河流域" }, ctx);
    await addParticipants(w.staff, topic.id, w.deputies.map((d) => d.deputyId), ctx);
    await addParticipants(w.staff, topic.id, [w.deputies[0]!.deputyId], ctx); // again: no duplicate
    await expect(addParticipants(w.staff, topic.id, [w.foreignDeputy.deputyId], ctx)).rejects.toThrow(ActionRefusal);
    await addFinding(w.staff, topic.id, { text: "个别污水处理厂运行负荷偏低" }, ctx);
    const raised = await addFinding(w.staff, topic.id, { text: "部分排污口未设置标识", raise: true }, ctx);
    expect(raised.trackingNumber).toMatch(/^[A-Z]{2}-2026-\d{6}-[0-9A-Z]$/);

    const view = await topicView(w.deputies[0]!, topic.id);
    expect(view.participants).toHaveLength(3);
    expect(view.findings.map((f) => [f.text, f.item?.trackingNumber ?? null])).toEqual([
      ["个别污水处理厂运行负荷偏低", null],
      ["部分排污口未设置标识", raised.trackingNumber],
    ]);
    const item = await db().item.findUniqueOrThrow({ where: { trackingNumber: raised.trackingNumber! }, select: { source: true, stage: true, committeeId: true, body: true } });
    expect(item).toEqual({ source: "ON_BEHALF", stage: "SUBMITTED", committeeId: w.committee.id, body: "部分排污口未设置标识" });
    expect(await db().auditLog.count({ where: { action: "item.submit", objectId: view.findings[1]!.item!.id } })).toBe(1);
    expect((await listTopics(w.leader)).map((t) => [t.title, t.participants, t.findings])).toEqual([["水污染防治法执法检查", 3, 2]]);
  }, 120_000);

  it("keeps topics to their committee and their writing to staff", async () => {
    const w = await seedVoteWorld(db(), 1);
    const topic = await createTopic(w.staff, { kind: "SPECIAL_TOPIC", year: "2026", title: "优化营商环境", description: "涉企审批" }, ctx);
    await expect(topicView(w.foreignStaff, topic.id)).rejects.toThrow(NotFoundError);
    await expect(addFinding(w.leader, topic.id, { text: "x" }, ctx)).rejects.toThrow(ForbiddenError);
    await expect(createTopic(w.deputies[0]!, { kind: "SPECIAL_TOPIC", year: "2026", title: "x", description: "y" }, ctx)).rejects.toThrow(ForbiddenError);
    await expect(listTopics(w.roadsUnit)).rejects.toThrow(ForbiddenError);
    const before = await db().item.count();
    await expect(addFinding(w.staff, topic.id, { text: "", raise: true }, ctx)).rejects.toThrow(ActionRefusal);
    expect(await db().item.count()).toBe(before);
  }, 120_000);
});
