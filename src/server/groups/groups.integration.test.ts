import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { ActionRefusal } from "../actions";
import { ForbiddenError, NotFoundError } from "../errors";
import { seedStationsWorld, T0, type TStationsWorld } from "../stations/matrix-fixtures";
import { addGroupTheme, createGroupActivity, groupWork } from "./activities";
import { downloadGroupReport, uploadGroupReport } from "./reports";
import { fakeExe, minimalDocx, minimalPdf } from "./test-files";

/** Professional groups: themes, activities with participants, research reports as checked files. */
const db = useTestDatabase();
let w: TStationsWorld;
let groupId: string;
let members: string[];
let activityId: string;

beforeAll(async () => {
  w = await seedStationsWorld(db());
  const group = await db().professionalGroup.findFirstOrThrow({ where: { name: "农业专业代表小组", committee: { name: "南阳市人大常委会" } }, select: { id: true, members: { select: { deputyId: true } } } });
  groupId = group.id;
  members = group.members.map((m) => m.deputyId);
  activityId = (await createGroupActivity(w.cast.nyStaff, { groupId, kind: "RESEARCH", title: "红薯产业链调研", heldOn: "2026-11-10", place: "唐河县", deputyIds: members.slice(0, 2) }, testContext(), T0)).id;
}, 120_000);

const failure = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return "ok";
  } catch (e) {
    if (e instanceof ActionRefusal) return e.messageKey;
    if (e instanceof NotFoundError) return "notFound";
    if (e instanceof ForbiddenError) return "forbidden";
    throw e;
  }
};

describe("group themes and activities", () => {
  it("lets the committee's staff add a theme and an activity of members; others are refused", async () => {
    await addGroupTheme(w.cast.nyStaff, { groupId, year: 2026, title: "“十五五”规划农业篇解读" }, testContext(), T0);
    expect(await failure(() => addGroupTheme(w.cast.nyStaff, { groupId, year: 2026, title: "“十五五”规划农业篇解读" }, testContext(), T0))).toBe("groups.errors.themeTaken");
    expect(await failure(() => addGroupTheme(w.cast.xcStaff, { groupId, year: 2026, title: "另一个" }, testContext(), T0))).toBe("notFound");
    expect(await failure(() => addGroupTheme(w.cast.leader, { groupId, year: 2026, title: "另一个" }, testContext(), T0))).toBe("forbidden");
    expect(await failure(() => addGroupTheme(w.cast.nyDeputy, { groupId, year: 2026, title: "另一个" }, testContext(), T0))).toBe("forbidden");
    const outsider = w.cast.xcDeputy.deputyId!;
    expect(await failure(() => createGroupActivity(w.cast.nyStaff, { groupId, kind: "POLICY_EXPLANATION", title: "政策+案例", heldOn: "2026-11-11", deputyIds: [outsider] }, testContext(), T0))).toBe("groups.errors.participants");
    const work = await groupWork(w.cast.leader, groupId);
    expect(work.themes.map((t) => t.title)).toEqual(["“十五五”规划农业篇解读"]);
    expect(work.activities.find((a) => a.id === activityId)?.deputies).toHaveLength(2);
    expect(await db().groupActivityParticipant.count({ where: { activityId } })).toBe(2);
  });
});

describe("research reports", () => {
  it("accept a PDF and a DOCX by their bytes and refuse a renamed executable, plain text and an empty file", async () => {
    const pdf = await uploadGroupReport(w.cast.nyStaff, { activityId, title: "红薯产业链调研报告", bytes: minimalPdf() }, testContext(), T0);
    const docx = await uploadGroupReport(w.cast.nyStaff, { activityId, title: "调研报告（Word）", bytes: minimalDocx() }, testContext(), T0);
    const stored = await db().groupReport.findMany({ where: { id: { in: [pdf.id, docx.id] } }, select: { ext: true, size: true } });
    expect(stored.map((r) => r.ext).sort()).toEqual(["docx", "pdf"]);
    const before = await db().groupReport.count();
    expect(await failure(() => uploadGroupReport(w.cast.nyStaff, { activityId, title: "报告.pdf", bytes: fakeExe() }, testContext(), T0))).toBe("groups.errors.fileType");
    expect(await failure(() => uploadGroupReport(w.cast.nyStaff, { activityId, title: "报告", bytes: Buffer.from("<html><script>alert(1)</script></html>") }, testContext(), T0))).toBe("groups.errors.fileType");
    expect(await failure(() => uploadGroupReport(w.cast.nyStaff, { activityId, title: "报告", bytes: new Uint8Array(0) }, testContext(), T0))).toBe("groups.errors.fileEmpty");
    expect(await failure(() => uploadGroupReport(w.cast.nyStaff, { activityId, title: "报告", bytes: Buffer.concat([minimalPdf(), Buffer.alloc(10 * 1024 * 1024)]) }, testContext(), T0))).toBe("groups.errors.fileTooLarge");
    expect(await failure(() => uploadGroupReport(w.cast.xcStaff, { activityId, title: "报告", bytes: minimalPdf() }, testContext(), T0))).toBe("notFound");
    expect(await db().groupReport.count()).toBe(before);
  });

  it("serve the bytes to readers of the group only, and audit each download", async () => {
    const { id } = await uploadGroupReport(w.cast.nyStaff, { activityId, title: "../报告/最终", bytes: minimalPdf("下载") }, testContext(), T0);
    const file = await downloadGroupReport(w.cast.nyDeputy, id, testContext(), T0);
    expect(file.fileName).toBe(".._报告_最终.pdf");
    expect(file.mime).toBe("application/pdf");
    expect(Buffer.from(file.bytes).equals(minimalPdf("下载"))).toBe(true);
    expect(await failure(() => downloadGroupReport(w.cast.xcStaff, id, testContext(), T0))).toBe("notFound");
    expect(await failure(() => downloadGroupReport(w.cast.xcDeputy, id, testContext(), T0))).toBe("notFound");
    expect(await failure(() => downloadGroupReport(w.cast.unit, id, testContext(), T0))).toBe("forbidden");
    expect(await failure(() => downloadGroupReport(w.cast.nyDeputy, "00000000-0000-4000-8000-000000000000", testContext(), T0))).toBe("notFound");
    const audit = await db().auditLog.findMany({ where: { objectId: id }, select: { action: true, actorId: true } });
    expect(audit).toEqual(expect.arrayContaining([{ action: "group.report.upload", actorId: w.cast.nyStaff.id }, { action: "group.report.download", actorId: w.cast.nyDeputy.id }]));
    expect(audit).toHaveLength(2);
  });
});
