import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { dutyFootprint, recordInput, seedDutyWorld, type TDutyWorld } from "../../../tests/factories/duty";
import { ActionRefusal } from "../actions";
import { ForbiddenError, NotFoundError } from "../errors";
import { getArchive } from "./archive";
import { getRecord, listRecords } from "./record-queries";
import { confirmRecord, createRecord, registerAttendance, returnRecord, updateRecord } from "./records";

/**
 * issue 5 item 5: a deputy sees and edits only their own drafts; only staff confirm (or return);
 * leaders read; everyone else is refused; forged ids are refused. Every role × every operation,
 * and a refused cell must leave the record as it was.
 */
const db = useTestDatabase();
let w: TDutyWorld;
const NOW = new Date("2026-11-28T04:00:00Z");

type TCast = keyof TDutyWorld["cast"];
const CAST: TCast[] = ["deputy", "otherDeputy", "staff", "leader", "awayStaff", "awayDeputy", "admin", "auditor", "unit", "station"];

type TOp = "readDraft" | "editDraft" | "readSubmitted" | "listSubmitted" | "confirm" | "return" | "archive" | "attendance";
const ALLOWED: Record<TOp, TCast[]> = {
  readDraft: ["deputy"],
  editDraft: ["deputy"],
  readSubmitted: ["deputy", "staff", "leader"],
  listSubmitted: ["deputy", "staff", "leader"],
  confirm: ["staff"],
  return: ["staff"],
  archive: ["deputy", "staff", "leader"],
  attendance: ["staff"],
};

async function newRecord(status: "draft" | "submit"): Promise<string> {
  return (await createRecord(w.cast.deputy, recordInput({ intent: status }), testContext(), NOW)).id;
}

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "allowed";
  } catch (e) {
    if (e instanceof NotFoundError) return "notFound";
    if (e instanceof ForbiddenError) return "forbidden";
    if (e instanceof ActionRefusal) return e.messageKey;
    throw e;
  }
}

const snapshot = (id: string) => db().dutyRecord.findUnique({ where: { id }, select: { status: true, version: true, place: true, returnReason: true } });

beforeAll(async () => {
  w = await seedDutyWorld(db());
});

describe("duty records: role × operation", () => {
  for (const name of CAST) {
    it(`${name}: only the allowed operations succeed, refused ones change nothing`, async () => {
      const actor = w.cast[name];
      const draft = await newRecord("draft");
      const submitted = await newRecord("submit");
      const before = { draft: await snapshot(draft), submitted: await snapshot(submitted) };
      const results: Record<TOp, string> = {
        readDraft: await outcome(() => getRecord(actor, draft)),
        editDraft: await outcome(() => updateRecord(actor, { ...recordInput({ place: "改过的地点" }), recordId: draft }, testContext(), NOW)),
        readSubmitted: await outcome(() => getRecord(actor, submitted)),
        listSubmitted: await outcome(async () => {
          const { rows } = await listRecords(actor);
          if (!rows.some((r) => r.id === submitted)) throw new NotFoundError();
        }),
        confirm: await outcome(() => confirmRecord(actor, { recordId: submitted }, testContext(), NOW)),
        return: "",
        archive: await outcome(() => getArchive(actor, w.cast.deputy.deputyId, 2026, NOW)),
        attendance: await outcome(() =>
          registerAttendance(actor, { type: "INSPECTION", date: "2026-11-01", place: "县城", description: "视察", deputyIds: [w.cast.deputy.deputyId] }, testContext(), NOW),
        ),
      };
      const toReturn = await newRecord("submit");
      results.return = await outcome(() => returnRecord(actor, { recordId: toReturn, reason: "请补充照片" }, testContext()));

      for (const op of Object.keys(ALLOWED) as TOp[]) {
        const expected = ALLOWED[op].includes(name);
        expect(results[op] === "allowed", `${name} ${op}: ${results[op]}`).toBe(expected);
      }
      if (!ALLOWED.editDraft.includes(name)) expect(await snapshot(draft)).toEqual(before.draft);
      if (!ALLOWED.confirm.includes(name)) expect(await snapshot(submitted)).toEqual(before.submitted);
      if (!ALLOWED.return.includes(name)) expect((await snapshot(toReturn))?.status).toBe("SUBMITTED");
    });
  }
});

describe("forged and foreign ids", () => {
  it("refuse a made-up record id, a malformed one, and someone else's record", async () => {
    const mine = await newRecord("draft");
    const stranger = randomUUID();
    expect(await outcome(() => confirmRecord(w.cast.staff, { recordId: stranger }, testContext(), NOW))).toBe("notFound");
    expect(await outcome(() => getRecord(w.cast.deputy, "../../etc/passwd"))).toBe("notFound");
    expect(await outcome(() => updateRecord(w.cast.otherDeputy, { ...recordInput(), recordId: mine }, testContext(), NOW))).toBe("notFound");
    expect(await outcome(() => getArchive(w.cast.otherDeputy, w.cast.deputy.deputyId, 2026, NOW))).toBe("notFound");
    expect(await outcome(() => getArchive(w.cast.awayStaff, w.cast.deputy.deputyId, 2026, NOW))).toBe("notFound");
  });

  it("refuse fields a deputy may not set (status, deputyId) instead of ignoring them", async () => {
    const before = await dutyFootprint(db());
    expect(await outcome(() => createRecord(w.cast.deputy, { ...recordInput(), status: "CONFIRMED" }, testContext(), NOW))).toBe("actions.unknownField");
    expect(await outcome(() => createRecord(w.cast.deputy, { ...recordInput(), deputyId: w.cast.otherDeputy.deputyId }, testContext(), NOW))).toBe("actions.unknownField");
    expect(await dutyFootprint(db())).toEqual(before);
  });

  it("refuse attendance for a deputy of another committee, writing nobody's record", async () => {
    const before = await dutyFootprint(db());
    const r = await outcome(() =>
      registerAttendance(w.cast.staff, { type: "INSPECTION", date: "2026-11-01", place: "县城", description: "视察", deputyIds: [w.cast.deputy.deputyId, w.cast.awayDeputy.deputyId] }, testContext(), NOW),
    );
    expect(r).toBe("duty.errors.deputiesOutOfScope");
    expect(await dutyFootprint(db())).toEqual(before);
  });

  it("a returned record carries its reason back to the deputy, who may edit and submit it again", async () => {
    const id = await newRecord("submit");
    await returnRecord(w.cast.staff, { recordId: id, reason: "请补充参加人员" }, testContext());
    const seen = await getRecord(w.cast.deputy, id);
    expect(seen).toMatchObject({ status: "RETURNED", returnReason: "请补充参加人员", canEdit: true });
    await updateRecord(w.cast.deputy, { ...recordInput({ participants: "村民代表 12 人", intent: "submit" }), recordId: id }, testContext(), NOW);
    expect((await getRecord(w.cast.staff, id)).status).toBe("SUBMITTED");
    await confirmRecord(w.cast.staff, { recordId: id }, testContext(), NOW);
    expect(await outcome(() => confirmRecord(w.cast.staff, { recordId: id }, testContext(), NOW))).toBe("duty.errors.notSubmitted");
    expect(await outcome(() => updateRecord(w.cast.deputy, { ...recordInput(), recordId: id }, testContext(), NOW))).toBe("duty.errors.notEditable");
  });
});
