import { beforeAll, describe, expect, it } from "vitest";
import { ActionRefusal } from "@/server/actions";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { createLearning, getLearningFile, listLearning } from "@/server/duty/learning";
import { createStory, publicStories, publishStory } from "@/server/duty/stories";
import { addMaterial, createCourse, getCourse, getMaterial, listCourses, setEnrolment } from "@/server/duty/training";
import { seedDutyWorld, type TDutyWorld } from "../factories/duty";
import { testContext } from "../factories/users";
import { useTestDatabase } from "../helpers/test-db";

/**
 * issue 5 items 2 and 4: training courses with enrolment and materials, the learning column with
 * articles, files and links, and deputy stories on the public page; each with who may do what.
 */
const db = useTestDatabase();
let w: TDutyWorld;
const NOW = new Date("2026-11-28T04:00:00Z");
const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
const EXE = new Uint8Array(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(2000, 0x90)]));

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

beforeAll(async () => {
  w = await seedDutyWorld(db());
});

describe("training courses", () => {
  it("staff create a course, enrol deputies, register attendance and upload materials checked by content", async () => {
    const { id } = await createCourse(w.cast.staff, { title: "乡镇人大主席专题培训班", audience: "TOWNSHIP_CHAIRS", startsOn: "2026-05-12", endsOn: "2026-05-13", place: "市委党校" }, testContext(), NOW);
    await setEnrolment(w.cast.staff, { courseId: id, deputyIds: [w.cast.deputy.deputyId] }, "attended", testContext(), NOW);
    expect(await outcome(() => addMaterial(w.cast.staff, { courseId: id, file: new File([EXE], "讲义.pdf") }, testContext()))).toBe("duty.errors.fileType");
    const m = await addMaterial(w.cast.staff, { courseId: id, file: new File([PDF], "讲义 (终稿).pdf") }, testContext());
    expect(await getMaterial(w.cast.deputy, m.id)).toMatchObject({ mime: "application/pdf", fileName: "讲义_终稿_.pdf" });

    expect((await listCourses(w.cast.deputy)).map((c) => c.id)).toEqual([id]);
    expect(await listCourses(w.cast.otherDeputy)).toEqual([]);
    expect(await outcome(() => getCourse(w.cast.otherDeputy, id))).toBe("notFound");
    expect(await outcome(() => getMaterial(w.cast.otherDeputy, m.id))).toBe("notFound");
    expect(await outcome(() => getCourse(w.cast.awayStaff, id))).toBe("notFound");
    expect((await getCourse(w.cast.leader, id)).enrolments).toEqual([{ attended: true, deputy: { id: w.cast.deputy.deputyId, name: "张代表" } }]);
    expect(await outcome(() => createCourse(w.cast.leader, { title: "x", audience: "DEPUTIES", startsOn: "2026-05-12", endsOn: "2026-05-13", place: "x" }, testContext(), NOW))).toBe("forbidden");
    expect(await outcome(() => setEnrolment(w.cast.deputy, { courseId: id, deputyIds: [w.cast.deputy.deputyId] }, "attended", testContext(), NOW))).toBe("forbidden");
  });
});

describe("learning column", () => {
  it("holds articles, files and links for the committee; staff publish, others read", async () => {
    await createLearning(w.cast.staff, { kind: "ARTICLE", title: "学蓝图", body: "把学习情况量化记入履职档案。" }, testContext());
    await createLearning(w.cast.staff, { kind: "LINK", title: "中国人大网", url: "https://www.npc.gov.cn/" }, testContext());
    const file = await createLearning(w.cast.staff, { kind: "FILE", title: "规划解读", file: new File([PDF], "规划.pdf") }, testContext());
    expect(await outcome(() => createLearning(w.cast.staff, { kind: "LINK", title: "x", url: "javascript:alert(1)" }, testContext()))).toBe("duty.errors.urlInvalid");
    expect(await outcome(() => createLearning(w.cast.leader, { kind: "ARTICLE", title: "x", body: "y" }, testContext()))).toBe("forbidden");
    expect((await listLearning(w.cast.deputy)).map((r) => r.kind).sort()).toEqual(["ARTICLE", "FILE", "LINK"]);
    expect(await listLearning(w.cast.awayDeputy)).toEqual([]);
    expect((await getLearningFile(w.cast.deputy, file.id)).mime).toBe("application/pdf");
    expect(await outcome(() => getLearningFile(w.cast.awayDeputy, file.id))).toBe("notFound");
    expect(await outcome(() => listLearning(w.cast.unit))).toBe("forbidden");
  });
});

describe("deputy stories", () => {
  it("are written by staff about their own deputies and shown publicly once published", async () => {
    const draft = await createStory(w.cast.staff, { deputyId: w.cast.deputy.deputyId, title: "一颗红薯带富一方群众", body: "联络站建在产业链上。" }, testContext(), NOW);
    await createStory(w.cast.staff, { deputyId: w.cast.otherDeputy.deputyId, title: "代表调解团", body: "累计调处纠纷120余件。", publish: "on" }, testContext(), NOW);
    expect((await publicStories()).map((s) => s.title)).toEqual(["代表调解团"]);
    await publishStory(w.cast.staff, draft.id, testContext(), new Date("2026-11-29T00:00:00Z"));
    expect((await publicStories()).map((s) => s.title)).toEqual(["一颗红薯带富一方群众", "代表调解团"]);
    expect(await outcome(() => createStory(w.cast.staff, { deputyId: w.cast.awayDeputy.deputyId, title: "x", body: "y" }, testContext(), NOW))).toBe("duty.errors.deputiesOutOfScope");
    expect(await outcome(() => createStory(w.cast.deputy, { deputyId: w.cast.deputy.deputyId, title: "x", body: "y" }, testContext(), NOW))).toBe("forbidden");
    expect(await outcome(() => publishStory(w.cast.awayStaff, draft.id, testContext(), NOW))).toBe("notFound");
  });
});
