import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { dutyFootprint, photoFile, pngBytes, recordInput, seedDutyWorld, type TDutyWorld } from "../../../tests/factories/duty";
import { ActionRefusal } from "../actions";
import { addPhoto, createRecord, registerAttendance } from "./records";
import { createReflection } from "./study";
import { createCourse } from "./training";

/**
 * issue 5 item 8: a future date, an end before the start, a 20 MB photo or a renamed executable,
 * a reflection of 200,000 characters: each refused with a Chinese message tied to its field, and
 * nothing saved half-way (no record, no photo, no audit row).
 */
const db = useTestDatabase();
let w: TDutyWorld;
const NOW = new Date("2026-11-28T04:00:00Z");
const zh = JSON.parse(readFileSync("messages/zh-CN/duty.json", "utf8")) as { errors: Record<string, string> };

async function refusal(run: () => Promise<unknown>): Promise<{ key: string; field?: string }> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ActionRefusal) return { key: e.messageKey, field: e.field };
    throw e;
  }
  throw new Error("expected a refusal");
}

function chinese(key: string): string {
  const msg = zh.errors[key.replace(/^duty\.errors\./, "")];
  expect(msg, key).toBeTruthy();
  expect(msg).toMatch(/\p{Script=Han}/u);
  return msg!;
}

beforeAll(async () => {
  w = await seedDutyWorld(db());
});

describe("bad input is refused next to its field, and nothing is saved", () => {
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    ["a future date", () => recordInput({ date: "2026-11-29" }), "duty.errors.dateFuture", "date"],
    ["an end before the start", () => recordInput({ date: "2026-11-10", endDate: "2026-11-09" }), "duty.errors.endBeforeStart", "endDate"],
    ["a 20 MB photo", () => recordInput({ photo: photoFile(new Uint8Array(Buffer.concat([Buffer.from(pngBytes()), Buffer.alloc(20 * 1024 * 1024)]))) }), "duty.errors.photoTooLarge", "photo"],
    ["a renamed executable", () => recordInput({ photo: photoFile(new Uint8Array(Buffer.concat([Buffer.from("7f454c46020101000000000000000000", "hex"), Buffer.alloc(4000, 1)])), "现场照片.jpg", "image/jpeg") }), "duty.errors.photoType", "photo"],
    ["a Windows program named .png", () => recordInput({ photo: photoFile(new Uint8Array(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(4000, 0x90)])), "photo.png") }), "duty.errors.photoType", "photo"],
    ["a PNG claiming 100,000 pixels wide", () => recordInput({ photo: photoFile(pngBytes(100_000, 10)) }), "duty.errors.photoDimensions", "photo"],
    ["a blank place", () => recordInput({ place: "   " }), "duty.errors.placeRequired", "place"],
    ["a type nobody may type in (votes are derived)", () => recordInput({ type: "VOTE" }), "duty.errors.typeRequired", "type"],
  ];
  for (const [name, input, key, field] of cases) {
    it(name, async () => {
      const before = await dutyFootprint(db());
      const r = await refusal(() => createRecord(w.cast.deputy, { ...input(), intent: "submit" }, testContext(), NOW));
      expect(r).toEqual({ key, field });
      chinese(key);
      expect(await dutyFootprint(db())).toEqual(before);
    });
  }

  it("a good photo is kept with its real type and size", async () => {
    const { id } = await createRecord(w.cast.deputy, { ...recordInput({ photo: photoFile(pngBytes(64, 48), "x.exe") }) }, testContext(), NOW);
    const photos = await db().dutyPhoto.findMany({ where: { recordId: id }, select: { mime: true, width: true, height: true } });
    expect(photos).toEqual([{ mime: "image/png", width: 64, height: 48 }]);
    // a second, bad photo on the same draft: refused, the first stays alone
    const before = await dutyFootprint(db());
    const r = await refusal(() => addPhoto(w.cast.deputy, { recordId: id, photo: photoFile(new Uint8Array(Buffer.from("%PDF-1.7\n" + "x".repeat(500))), "a.png") }, testContext()));
    expect(r.key).toBe("duty.errors.photoType");
    expect(await dutyFootprint(db())).toEqual(before);
  });

  it("a reflection of 200,000 characters", async () => {
    const before = await dutyFootprint(db());
    const r = await refusal(() => createReflection(w.cast.deputy, { title: "学习心得", body: "学".repeat(200_000), studiedOn: "2026-11-01" }, testContext(), NOW));
    expect(r).toEqual({ key: "duty.errors.reflectionTooLong", field: "body" });
    chinese(r.key);
    expect(await dutyFootprint(db())).toEqual(before);
  });

  it("a reflection dated tomorrow", async () => {
    const r = await refusal(() => createReflection(w.cast.deputy, { title: "学习心得", body: "学习宪法", studiedOn: "2026-11-29" }, testContext(), NOW));
    expect(r).toEqual({ key: "duty.errors.dateFuture", field: "studiedOn" });
  });

  it("attendance in the future and a course ending before it starts", async () => {
    const before = await dutyFootprint(db());
    const a = await refusal(() => registerAttendance(w.cast.staff, { type: "INSPECTION", date: "2027-01-02", place: "县城", description: "视察", deputyIds: [w.cast.deputy.deputyId] }, testContext(), NOW));
    expect(a).toEqual({ key: "duty.errors.dateFuture", field: "date" });
    const c = await refusal(() => createCourse(w.cast.staff, { title: "代表履职培训", audience: "DEPUTIES", startsOn: "2026-12-10", endsOn: "2026-12-08", place: "市委党校" }, testContext(), NOW));
    expect(c).toEqual({ key: "duty.errors.endBeforeStart", field: "endsOn" });
    chinese(c.key);
    expect(await dutyFootprint(db())).toEqual(before);
    expect(await db().trainingCourse.count()).toBe(0);
  });
});
