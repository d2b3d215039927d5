import { describe, expect, it } from "vitest";
import { WORKFLOW_ERRORS as E } from "./errors";
import type { TItemFacts } from "./facts";
import { addDays, CAST, freshItem, IDS, play, T0, type TCastName, type TStep, VALID_INPUT } from "./fixtures";
import { applyTransition, availableActions } from "./machine";
import type { TAction } from "./actions";

const TO_HANDLING: TStep[] = [
  { action: "accept", by: "staff" },
  { action: "assign", by: "staff" },
  { action: "signFor", by: "leadUnit", after: 2 },
];
const TO_REPLIED = (resultClass = "A"): TStep[] => [
  ...TO_HANDLING,
  { action: "draftReply", by: "leadUnit", input: { resultClass, text: "答复正文" }, after: 20 },
  { action: "approveReply", by: "staff", after: 1 },
  { action: "deliverReply", by: "leadUnit", after: 1 },
];
const at = (steps: TStep[], item: TItemFacts = freshItem()) => play(item, steps);
const attempt = (item: TItemFacts, action: TAction, by: TCastName, input: unknown = VALID_INPUT[action], now = T0) =>
  applyTransition(item, action, input, CAST[by], now);

describe("who may act on an item", () => {
  it("lets only staff of the item's committee review and assign", () => {
    const item = freshItem();
    expect(attempt(item, "accept", "otherStaff")).toEqual({ ok: false, error: E.forbidden });
    expect(attempt(item, "accept", "leader")).toEqual({ ok: false, error: E.forbidden });
    const accepted = at([{ action: "accept", by: "staff" }]).item;
    expect(attempt(accepted, "assign", "otherStaff")).toEqual({ ok: false, error: E.forbidden });
    expect(attempt(accepted, "assign", "staff").ok).toBe(true);
  });

  it("lets a unit act only on items it was given", () => {
    const { item } = at(TO_HANDLING.slice(0, 2));
    expect(attempt(item, "signFor", "otherUnit")).toEqual({ ok: false, error: E.forbidden });
    expect(availableActions(item, CAST.otherUnit, T0)).toEqual([]);
    expect(availableActions(item, CAST.leadUnit, T0)).toEqual(["requestReturn", "signFor"]);
    expect(availableActions(item, CAST.coUnit, T0)).toEqual(["coUnitOpinion"]);
  });

  it("keeps the reply for the lead unit: a co-unit gives its opinion but cannot draft", () => {
    const { item } = at(TO_HANDLING);
    expect(attempt(item, "draftReply", "coUnit")).toEqual({ ok: false, error: E.forbidden });
    const opinion = attempt(item, "coUnitOpinion", "coUnit");
    expect(opinion.ok && opinion.notify).toEqual([{ kind: "unit", unitId: IDS.leadUnit }]);
    expect(attempt(item, "coUnitOpinion", "leadUnit")).toEqual({ ok: false, error: E.forbidden });
  });

  it("lets only the lead sponsor evaluate a suggestion, and staff only a public item's", () => {
    const { item } = at(TO_REPLIED());
    expect(attempt(item, "evaluate", "otherDeputy")).toEqual({ ok: false, error: E.forbidden });
    expect(attempt(item, "evaluate", "coSponsor")).toEqual({ ok: false, error: E.forbidden });
    expect(attempt(item, "evaluate", "staff")).toEqual({ ok: false, error: E.forbidden });
    expect(attempt(item, "acknowledge", "coSponsor").ok).toBe(true);
    expect(attempt(item, "evaluate", "leadSponsor").ok).toBe(true);
    const publicItem = at(TO_REPLIED(), freshItem("public")).item;
    expect(attempt(publicItem, "evaluate", "staff").ok).toBe(true);
    expect(attempt(publicItem, "evaluate", "otherStaff")).toEqual({ ok: false, error: E.forbidden });
  });

  it("gives key supervision to leaders of the committee only; then they may approve the reply", () => {
    const { item } = at(TO_HANDLING);
    for (const who of ["staff", "otherLeader", "leadUnit", "leadSponsor", "admin"] as const)
      expect(attempt(item, "keySupervise", who)).toEqual({ ok: false, error: E.forbidden });
    const drafted = at([...TO_HANDLING, { action: "draftReply", by: "leadUnit" }]).item;
    expect(attempt(drafted, "approveReply", "leader")).toEqual({ ok: false, error: E.forbidden });
    const key = at([...TO_HANDLING, { action: "keySupervise", by: "leader" }, { action: "draftReply", by: "leadUnit" }]);
    expect(key.item.keySupervised).toBe(true);
    expect(attempt(key.item, "keySupervise", "leader", {}, key.now)).toEqual({ ok: false, error: E.alreadyKeySupervised });
    expect(attempt(key.item, "approveReply", "leader").ok).toBe(true);
  });

  it("offers nothing to administrators, auditors and station managers", () => {
    const { item } = at(TO_HANDLING);
    for (const who of ["admin", "auditor", "stationManager"] as const) expect(availableActions(item, CAST[who], T0)).toEqual([]);
  });
});

describe("when an action may be taken", () => {
  it("refuses an action outside its stages", () => {
    expect(attempt(freshItem(), "signFor", "leadUnit")).toEqual({ ok: false, error: E.forbidden });
    expect(attempt(freshItem(), "assign", "staff")).toEqual({ ok: false, error: E.notAllowedNow });
  });

  it("takes a return request only within the window", () => {
    const { item, now } = at(TO_HANDLING.slice(0, 2));
    expect(attempt(item, "requestReturn", "leadUnit", VALID_INPUT.requestReturn, addDays(now, 8)).ok).toBe(true);
    expect(attempt(item, "requestReturn", "leadUnit", VALID_INPUT.requestReturn, addDays(now, 9))).toEqual({ ok: false, error: E.returnWindowClosed });
    const approved = at([...TO_HANDLING.slice(0, 2), { action: "requestReturn", by: "leadUnit" }, { action: "approveReturn", by: "staff" }]);
    expect(approved.item).toMatchObject({ stage: "ACCEPTED", leadUnitId: null, coUnitIds: [], deadline: null, returnWindowEndsAt: null });
    expect(approved.history.at(-1)).toMatchObject({ from: "RETURN_REQUESTED", to: "ACCEPTED" });
  });

  it("handles one extension request at a time, granting at most what was asked", () => {
    const asked = at([...TO_HANDLING, { action: "requestExtension", by: "leadUnit", input: { reason: "资金", days: 20 } }]);
    expect(attempt(asked.item, "requestExtension", "leadUnit")).toEqual({ ok: false, error: E.extensionPending });
    expect(attempt(asked.item, "approveExtension", "staff", { days: 21 })).toEqual({ ok: false, error: E.extensionDays });
    const granted = attempt(asked.item, "approveExtension", "staff", { days: 10 });
    expect(granted.ok && granted.schedule.deadline).toEqual({ extendByDays: 10 });
    expect(granted.ok && granted.next.extensionRequest).toBeNull();
    expect(attempt(freshItem(), "approveExtension", "staff")).toEqual({ ok: false, error: E.notAllowedNow });
  });

  it("lets staff close an unevaluated reply only after the evaluation window", () => {
    const { item, now } = at(TO_REPLIED());
    expect(attempt(item, "close", "staff", VALID_INPUT.close, addDays(now, 29))).toEqual({ ok: false, error: E.evaluationWindowOpen });
    expect(attempt(item, "close", "staff", VALID_INPUT.close, addDays(now, 30)).ok).toBe(true);
  });
});

describe("what an action needs", () => {
  it("requires a reason to decline, with the catalog key next to the field", () => {
    expect(attempt(freshItem(), "decline", "staff", { reason: "   " })).toEqual({
      ok: false,
      error: E.reasonRequired,
      fieldErrors: { reason: [E.reasonRequired] },
    });
  });

  it("requires a reason for 不满意 only", () => {
    const { item } = at(TO_REPLIED());
    expect(attempt(item, "evaluate", "leadSponsor", { satisfaction: "DISSATISFIED" })).toMatchObject({ ok: false, error: E.reasonRequired });
    expect(attempt(item, "evaluate", "leadSponsor", { satisfaction: "BASICALLY_SATISFIED" }).ok).toBe(true);
    expect(attempt(item, "evaluate", "leadSponsor", { satisfaction: "OK" })).toMatchObject({ ok: false, error: E.satisfactionRequired });
  });

  it("takes result classes from the configuration", () => {
    const { item } = at(TO_HANDLING);
    expect(attempt(item, "draftReply", "leadUnit", { resultClass: "E", text: "x" })).toMatchObject({ error: E.resultClassInvalid });
    const custom = { resultClasses: ["A", "E"], followUpClasses: ["E"], maxExtensionDays: 30 };
    expect(applyTransition(item, "draftReply", { resultClass: "E", text: "x" }, CAST.leadUnit, T0, custom).ok).toBe(true);
  });

  it("checks units on assignment and the merge target", () => {
    const { item } = at([{ action: "accept", by: "staff" }]);
    expect(attempt(item, "assign", "staff", { leadUnitId: IDS.leadUnit, coUnitIds: [IDS.leadUnit] })).toMatchObject({ error: E.coUnitInvalid });
    expect(attempt(item, "assign", "staff", { coUnitIds: [] })).toMatchObject({ error: E.leadUnitRequired });
    expect(attempt(item, "merge", "staff", { targetItemId: IDS.item })).toEqual({ ok: false, error: E.mergeIntoSelf });
    const merged = attempt(item, "merge", "staff");
    expect(merged.ok && merged.next).toMatchObject({ stage: "MERGED", mergedIntoId: IDS.otherItem });
  });

  it("refuses fields the action does not know", () => {
    expect(attempt(freshItem(), "accept", "staff", { note: "x", stage: "CLOSED" })).toMatchObject({ ok: false, error: E.invalidInput });
  });
});

describe("the loop", () => {
  it("runs the happy path through all six steps, telling each party what needs them", () => {
    const { item, history } = at([...TO_REPLIED("A"), { action: "acknowledge", by: "leadSponsor" }, { action: "evaluate", by: "leadSponsor" }]);
    expect(history.map((h) => h.to)).toEqual(["ACCEPTED", "ASSIGNED", "HANDLING", "REPLY_DRAFTED", "REPLY_APPROVED", "REPLIED", "REPLIED", "CLOSED"]);
    expect(item).toMatchObject({ stage: "CLOSED", round: 1, satisfaction: "SATISFIED", followUp: null, deadline: null, resultClass: "A" });
    const assign = attempt(at([{ action: "accept", by: "staff" }]).item, "assign", "staff");
    expect(assign.ok && assign.notify).toEqual([
      { kind: "unit", unitId: IDS.leadUnit },
      { kind: "unit", unitId: IDS.coUnit },
      { kind: "user", userId: CAST.leadSponsor.id },
      { kind: "user", userId: CAST.coSponsor.id },
    ]);
    expect(assign.ok && assign.schedule).toEqual({ deadline: "START_REPLY", returnWindow: "OPEN", evaluationWindow: "KEEP" });
  });

  it("re-handles on 不满意 with a new round and deadline, then closes and reviews a class B item", () => {
    const first = at([...TO_REPLIED("B")]);
    const dissatisfied = attempt(first.item, "evaluate", "leadSponsor", { satisfaction: "DISSATISFIED", reason: "未落实" }, first.now);
    expect(dissatisfied).toMatchObject({
      ok: true,
      next: { stage: "HANDLING", round: 2, satisfaction: "DISSATISFIED" },
      schedule: { deadline: "START_REHANDLE" },
      history: { action: "evaluate", from: "REPLIED", to: "HANDLING", round: 1, note: "未落实" },
    });
    const { item, history } = at([
      ...TO_REPLIED("B"),
      { action: "evaluate", by: "leadSponsor", input: { satisfaction: "DISSATISFIED", reason: "未落实" } },
      { action: "progressNote", by: "leadUnit", after: 5 },
      { action: "draftReply", by: "leadUnit", input: { resultClass: "B", text: "已列入年度计划" } },
      { action: "approveReply", by: "staff" },
      { action: "deliverReply", by: "staff" },
      { action: "evaluate", by: "leadSponsor", input: { satisfaction: "SATISFIED" } },
    ]);
    expect(item).toMatchObject({ stage: "CLOSED", round: 2, followUp: "PENDING" });
    expect(history.filter((h) => h.to === "CLOSED")).toHaveLength(1);
    expect(availableActions(item, CAST.staff, T0)).toEqual(["followUpNote", "resolveFollowUp"]);
    expect(availableActions(item, CAST.leadUnit, T0)).toEqual(["followUpNote"]);
    const resolved = play(item, [{ action: "followUpNote", by: "leadUnit" }, { action: "resolveFollowUp", by: "staff" }]).item;
    expect(resolved).toMatchObject({ stage: "CLOSED", followUp: "RESOLVED" });
    for (const who of ["staff", "leadUnit", "leadSponsor"] as const) expect(availableActions(resolved, CAST[who], T0)).toEqual([]);
  });

  it("sends a draft back to handling without a new round", () => {
    const { item } = at([...TO_HANDLING, { action: "draftReply", by: "leadUnit" }, { action: "sendBack", by: "staff" }]);
    expect(item).toMatchObject({ stage: "HANDLING", round: 1 });
  });

  it("ends a declined or merged item for good", () => {
    for (const end of ["decline", "merge"] as const) {
      const { item } = at([{ action: end, by: "staff" }]);
      for (const who of ["staff", "leader", "leadSponsor", "leadUnit"] as const) expect(availableActions(item, CAST[who], T0)).toEqual([]);
      expect(attempt(item, "accept", "staff")).toEqual({ ok: false, error: E.notAllowedNow });
    }
  });
});
