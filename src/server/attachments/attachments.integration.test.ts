import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ATTACHMENT_LIMITS } from "@/domain/attachments";
import {
  bigPdfBytes, docBytes, docxBytes, exeBytes, htmlBytes, jpegBytes, msiLikeBytes, pdfBytes, pngBytes, xlsBytes, xlsxBytes,
} from "../../../tests/factories/files";
import { seedLoopWorld, suggestionInput, type TLoopWorld } from "../../../tests/factories/items";
import { testContext } from "../../../tests/factories/users";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { ActionRefusal } from "../actions";
import { NotFoundError } from "../errors";
import { submitItem, transitionItem } from "../items/commands";
import { addItemFiles, downloadItemFile, listItemFiles } from "./item-files";

/**
 * Issue 3 #4 and #10, security.md #13: attachments are kept in the database, allowed by what their
 * bytes are (never by their name), limited in size and number, saved with the submission or not at
 * all, and downloaded only by whoever may see the item — each download audited.
 */
const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const footprint = async () => ({
  items: await db().item.count(),
  files: await db().itemAttachment.count(),
  history: await db().itemHistory.count(),
  audit: await db().auditLog.count(),
  counters: await db().trackingCounter.findMany({ orderBy: [{ source: "asc" }, { year: "asc" }] }),
});

const refused = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(ActionRefusal);
  expect((e as ActionRefusal).field).toBe("attachments");
  return (e as ActionRefusal).messageKey;
};

async function assigned(w: TLoopWorld, attachments: { name: string; bytes: Uint8Array }[] = []) {
  const r = await submitItem(w.cast.deputy, suggestionInput({ attachments }), testContext(), T0);
  await transitionItem(w.cast.staff, r.id, "accept", {}, testContext(), T0);
  await transitionItem(w.cast.staff, r.id, "assign", { leadUnitId: w.units.lead.id, coUnitIds: [] }, testContext(), T0);
  return r.id;
}

describe("attachments with a submission", () => {
  it("keeps every allowed kind, byte for byte, in the database", async () => {
    const w = await seedLoopWorld(db());
    const files = [
      { name: "情况说明.pdf", bytes: pdfBytes() },
      { name: "现场.png", bytes: pngBytes() },
      { name: "现场.jpg", bytes: jpegBytes() },
    ];
    const r = await submitItem(w.cast.deputy, suggestionInput({ attachments: files }), testContext(), T0);
    const r2 = await submitItem(w.cast.deputy, suggestionInput({ attachments: [{ name: "建议.docx", bytes: docxBytes() }, { name: "台账.xlsx", bytes: await xlsxBytes() }] }), testContext(), T0);
    const r3 = await submitItem(w.cast.deputy, suggestionInput({ attachments: [{ name: "旧稿.doc", bytes: docBytes() }, { name: "旧表.xls", bytes: xlsBytes() }] }), testContext(), T0);
    const stored = await db().itemAttachment.findMany({ where: { itemId: { in: [r.id, r2.id, r3.id] } }, select: { kind: true, fileName: true, sha256: true, bytes: true, uploadedById: true } });
    expect(stored.map((s) => s.kind).sort()).toEqual(["doc", "docx", "jpg", "pdf", "png", "xls", "xlsx"]);
    for (const s of stored) {
      expect(sha(s.bytes)).toBe(s.sha256);
      expect(s.uploadedById).toBe(w.cast.deputy.id);
    }
    expect(stored.find((s) => s.kind === "pdf")?.sha256).toBe(sha(pdfBytes()));
    expect(await db().auditLog.findFirst({ where: { action: "item.submit", objectId: r.id }, select: { detail: true } })).toMatchObject({ detail: { attachments: 3 } });
  });

  it("refuses disguised, empty, oversized and too many files, and then there is no item at all", async () => {
    const w = await seedLoopWorld(db());
    const before = await footprint();
    const submit = (attachments: { name: string; bytes: Uint8Array }[]) => submitItem(w.cast.deputy, suggestionInput({ attachments }), testContext(), T0);
    expect(await refused(submit([{ name: "通知.pdf", bytes: exeBytes() }]))).toBe("intake.attachments.errors.kind");
    expect(await refused(submit([{ name: "通知.pdf", bytes: htmlBytes() }]))).toBe("intake.attachments.errors.kind");
    expect(await refused(submit([{ name: "安装包.doc", bytes: msiLikeBytes() }]))).toBe("intake.attachments.errors.kind");
    expect(await refused(submit([{ name: "真的是PDF.docx", bytes: pdfBytes() }]))).toBe("intake.attachments.errors.mismatch");
    expect(await refused(submit([{ name: "空.pdf", bytes: new Uint8Array(0) }]))).toBe("intake.attachments.errors.empty");
    expect(await refused(submit([{ name: "大.pdf", bytes: bigPdfBytes(ATTACHMENT_LIMITS.maxBytes + 1) }]))).toBe("intake.attachments.errors.tooLarge");
    const four = Array.from({ length: ATTACHMENT_LIMITS.maxPerUpload + 1 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdfBytes() }));
    expect(await refused(submit(four))).toBe("intake.attachments.errors.tooMany");
    // a good file first and a bad one second: still nothing
    expect(await refused(submit([{ name: "好.pdf", bytes: pdfBytes() }, { name: "坏.png", bytes: exeBytes() }]))).toBe("intake.attachments.errors.kind");
    expect(await footprint()).toEqual(before);
  });

  it("saves nothing when the database fails part-way, after the item row was written", async () => {
    const w = await seedLoopWorld(db());
    await db().$executeRawUnsafe(`CREATE FUNCTION intake_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER intake_test_fail BEFORE INSERT ON "ItemAttachment" FOR EACH ROW EXECUTE FUNCTION intake_test_fail()`);
    try {
      const before = await footprint();
      await expect(submitItem(w.cast.deputy, suggestionInput({ attachments: [{ name: "a.pdf", bytes: pdfBytes() }] }), testContext(), T0)).rejects.toThrow(/disk full/);
      expect(await footprint()).toEqual(before);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER intake_test_fail ON "ItemAttachment"`);
      await db().$executeRawUnsafe(`DROP FUNCTION intake_test_fail()`);
    }
    // and the same submission goes through once the fault is gone
    await expect(submitItem(w.cast.deputy, suggestionInput({ attachments: [{ name: "a.pdf", bytes: pdfBytes() }] }), testContext(), T0)).resolves.toMatchObject({ created: true });
  });
});

describe("files added later and downloads", () => {
  it("lets the unit add its documents, refuses a leader and another unit, and keeps the per-item limit without writing part of an upload", async () => {
    const w = await seedLoopWorld(db());
    const id = await assigned(w);
    expect(await addItemFiles(w.cast.leadUnit, id, [{ name: "答复函.pdf", bytes: pdfBytes("答复") }], testContext(), T0)).toBe(1);
    const listed = await listItemFiles(w.cast.staff, id);
    expect(listed.rows).toEqual([expect.objectContaining({ fileName: "答复函.pdf", kind: "pdf", uploaderName: "住建局经办人" })]);
    expect(await db().auditLog.count({ where: { action: "item.attachment.add", objectId: id } })).toBe(1);
    expect((await listItemFiles(w.cast.leader, id)).mayAdd).toBe(false);
    await expect(addItemFiles(w.cast.leader, id, [{ name: "a.pdf", bytes: pdfBytes() }], testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addItemFiles(w.cast.otherUnit, id, [{ name: "a.pdf", bytes: pdfBytes() }], testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    // fill to the limit, then one upload of two that would pass it: refused whole
    for (let n = 1; n < ATTACHMENT_LIMITS.maxPerItem - 1; n++) await addItemFiles(w.cast.staff, id, [{ name: `${n}.png`, bytes: pngBytes() }], testContext(), T0);
    expect(await db().itemAttachment.count({ where: { itemId: id } })).toBe(ATTACHMENT_LIMITS.maxPerItem - 1);
    expect(await refused(addItemFiles(w.cast.staff, id, [{ name: "x.png", bytes: pngBytes() }, { name: "y.png", bytes: pngBytes() }], testContext(), T0))).toBe("intake.attachments.errors.itemFull");
    expect(await db().itemAttachment.count({ where: { itemId: id } })).toBe(ATTACHMENT_LIMITS.maxPerItem - 1);
  });

  it("serves a file to whoever may see the item, audited; another unit, another committee and a forged id get 'not found' and no audit row", async () => {
    const w = await seedLoopWorld(db());
    const other = await seedLoopWorld(db());
    const id = await assigned(w, [{ name: "材料.pdf", bytes: pdfBytes("材料") }]);
    const file = await db().itemAttachment.findFirstOrThrow({ where: { itemId: id }, select: { id: true } });
    const audits = () => db().auditLog.count({ where: { action: "item.attachment.download", objectId: file.id } });
    for (const who of [w.cast.staff, w.cast.leader, w.cast.deputy, w.cast.leadUnit]) {
      const got = await downloadItemFile(who, file.id, testContext(), T0);
      expect(got).toMatchObject({ name: "材料.pdf", mime: "application/pdf" });
      expect(sha(got.bytes)).toBe(sha(pdfBytes("材料")));
    }
    expect(await audits()).toBe(4);
    // a unit of the same committee that is not handling it, a unit and staff of another committee, another deputy
    for (const who of [w.cast.otherUnit, other.cast.leadUnit, other.cast.staff, w.cast.otherDeputy]) {
      await expect(downloadItemFile(who, file.id, testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    }
    // another unit's item: the lead unit of committee B's item is not the lead unit here
    const theirs = await assigned(other, [{ name: "他们的.pdf", bytes: pdfBytes() }]);
    const theirFile = await db().itemAttachment.findFirstOrThrow({ where: { itemId: theirs }, select: { id: true } });
    await expect(downloadItemFile(w.cast.leadUnit, theirFile.id, testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(downloadItemFile(other.cast.leadUnit, theirFile.id, testContext(), T0)).resolves.toMatchObject({ name: "他们的.pdf" });
    for (const forged of ["0190a0b0-0000-7000-8000-000000000000", "../../etc/passwd", ""]) {
      await expect(downloadItemFile(w.cast.staff, forged, testContext(), T0)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await audits()).toBe(4);
    await expect(listItemFiles(w.cast.otherUnit, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
