import { describe, expect, it } from "vitest";
import { ACTIONS } from "./actions";
import { PRINT_FORMS, approvedReplies, evaluations, formRows, isFormApplicable, isPrintForm, phaseOfAction, type TFormHistoryRow } from "./print-forms";

const row = (action: string, round = 1, detail: unknown = null, note: string | null = null): TFormHistoryRow => ({ action, round, note, detail });

const LOOP: TFormHistoryRow[] = [
  row("submit"),
  row("accept"),
  row("assign", 1, { leadUnitId: "u" }),
  row("signFor"),
  row("remind", 1, null, "请加快"),
  row("draftReply", 1, { resultClass: "C", text: "初稿" }),
  row("sendBack", 1, null, "重写"),
  row("draftReply", 1, { resultClass: "B", text: "已列入计划" }),
  row("approveReply"),
  row("deliverReply"),
  row("evaluate", 1, { satisfaction: "DISSATISFIED" }, "太慢"),
  row("draftReply", 2, { resultClass: "A", text: "已解决" }),
  row("approveReply", 2),
  row("deliverReply", 2),
  row("evaluate", 2, { satisfaction: "SATISFIED" }),
];

describe("printable forms (六单制)", () => {
  it("places every action of the table, and the submission, in one step", () => {
    for (const a of [...ACTIONS, "submit"]) expect(phaseOfAction(a), a).not.toBeNull();
    expect(phaseOfAction("nonsense")).toBeNull();
    expect(isPrintForm("reply")).toBe(true);
    expect(isPrintForm("constructor")).toBe(false);
  });

  it("offers only the collection sheet for a fresh submission, and every form after a whole loop", () => {
    const fresh = [row("submit")];
    expect(PRINT_FORMS.filter((f) => isFormApplicable(f, fresh))).toEqual(["collection"]);
    expect(PRINT_FORMS.filter((f) => isFormApplicable(f, LOOP))).toEqual([...PRINT_FORMS]);
    const signed = LOOP.slice(0, 4);
    expect(PRINT_FORMS.filter((f) => isFormApplicable(f, signed))).toEqual(["collection", "assignment", "handling"]);
  });

  it("lists each step's own rows", () => {
    expect(formRows("collection", LOOP).map((r) => r.action)).toEqual(["submit", "accept"]);
    expect(formRows("supervision", LOOP).map((r) => r.action)).toEqual(["remind", "sendBack", "approveReply", "approveReply"]);
    expect(formRows("evaluation", LOOP).map((r) => r.action)).toEqual(["evaluate", "evaluate"]);
  });

  it("prints the approved replies only (not a draft that was sent back) and each round's evaluation", () => {
    expect(approvedReplies(LOOP)).toEqual([
      { round: 1, resultClass: "B", text: "已列入计划" },
      { round: 2, resultClass: "A", text: "已解决" },
    ]);
    expect(approvedReplies(LOOP.slice(0, 8))).toEqual([]);
    expect(evaluations(LOOP)).toEqual([
      { round: 1, satisfaction: "DISSATISFIED", reason: "太慢" },
      { round: 2, satisfaction: "SATISFIED", reason: null },
    ]);
  });
});
