import type { PrismaClient } from "@/generated/prisma/client";
import type { DutyRecordType, TrainingAudience } from "@/generated/prisma/enums";
import { countCharacters } from "@/domain/duty/char-count";
import { demoId } from "./ids";

/**
 * Demo data of duty records, study and training (issue 5), after the bulletin's 南阳市 item: study
 * of the plenary session quantified into each deputy's archive (14万字学习成果), layered training for
 * standing committee members, township congress chairs and deputies, the 红薯产业代表联络站 founder
 * and a deputy mediation team (代表调解团). Idempotent: deterministic ids, skipDuplicates.
 * Hangs off the demo DEPUTY account's deputy record and its committee; does nothing without them.
 */
const day = (s: string) => new Date(`${s}T00:00:00Z`);

type TRec = { key: string; who: "demo" | "mediator" | number; type: DutyRecordType; date: string; place: string; description: string; status?: "DRAFT" | "SUBMITTED" | "CONFIRMED"; participants?: string };

const RECORDS: TRec[] = [
  { key: "study-1", who: "demo", type: "STUDY", date: "2026-03-12", place: "南阳市人大常委会机关会议室", description: "参加学习二十届四中全会精神专题学习会，“代表谈感言”环节作交流发言。" },
  { key: "research-1", who: "demo", type: "RESEARCH", date: "2026-05-20", place: "唐河县红薯种植基地", description: "围绕红薯产业链延伸开展调研，走访种植大户和加工企业 6 家。", participants: "农业专业代表小组成员 5 人" },
  { key: "station-1", who: "demo", type: "STATION_DUTY", date: "2026-07-08", place: "红薯产业代表联络站", description: "进站接待群众，收集红薯仓储、销售方面意见 4 条。" },
  { key: "promotion-1", who: "demo", type: "PROMOTION", date: "2026-09-15", place: "唐河县城郊集贸市场", description: "面对面宣讲“十五五”规划中乡村振兴有关内容，解答群众提问。" },
  { key: "inspection-1", who: "demo", type: "INSPECTION", date: "2026-10-22", place: "南阳市城区", description: "参加市人大常委会组织的水污染防治工作视察。" },
  { key: "f2f-1", who: "demo", type: "FACE_TO_FACE", date: "2026-11-10", place: "唐河县某村党群服务中心", description: "“小深微”活动：深走访选区群众，就老年助餐服务开展微协商。", status: "SUBMITTED" },
  { key: "grid-1", who: "demo", type: "GRID_WORK", date: "2026-11-18", place: "所在网格", description: "走访网格内农户，了解冬季红薯储藏情况。", status: "DRAFT" },
  ...Array.from({ length: 6 }, (_, i): TRec => ({
    key: `mediation-${i + 1}`,
    who: "mediator",
    type: "MEDIATION",
    date: `2026-${String(2 + i).padStart(2, "0")}-1${i}`,
    place: "代表调解团调解室",
    description: ["调处邻里宅基地纠纷一起，双方签订调解协议。", "调处土地流转租金纠纷一起。", "调处劳务费用纠纷一起，协助追回欠款。", "调处家庭赡养纠纷一起。", "调处农资买卖纠纷一起。", "调处道路通行纠纷一起。"][i]!,
  })),
  { key: "law-1", who: 2, type: "LAW_ENFORCEMENT", date: "2026-06-18", place: "南阳市", description: "参加《南阳市月季产业发展促进条例》实施情况执法检查。" },
  { key: "study-2", who: 2, type: "STUDY", date: "2026-03-12", place: "南阳市人大常委会机关会议室", description: "参加学习二十届四中全会精神专题学习会。" },
  { key: "study-3", who: 3, type: "STUDY", date: "2026-03-12", place: "南阳市人大常委会机关会议室", description: "参加学习二十届四中全会精神专题学习会。" },
];

const REFLECTIONS = [
  { key: "r1", who: "demo" as const, title: "学习二十届四中全会精神心得", date: "2026-03-15", body: "通过学习二十届四中全会精神，我深刻认识到“十五五”规划对乡村振兴的部署。作为红薯产业代表联络站的发起人，要把规划目标和产业实际结合起来，带动群众扩大种植、延伸链条、打响品牌，让“唐河红薯”成为群众增收致富的金字招牌。" },
  { key: "r2", who: "demo" as const, title: "参加分层培训的体会", date: "2026-04-20", body: "专题培训班上，规划编制专家系统讲解了规划实施路径。我体会到，代表履职既要懂政策，也要懂群众。今后要在“小深微”活动中多听、多问、多记，把群众对规划实施的疑虑和诉求及时反映上去。" },
  { key: "r3", who: 2, title: "法治护航月季产业", date: "2026-06-20", body: "参加条例执法检查后，我认识到法规的生命力在于实施。要把“打造世界月季名城”的规划意图讲给花农和企业听。" },
];

const COURSES: { key: string; title: string; audience: TrainingAudience; startsOn: string; endsOn: string; place: string; description: string; enrol: number[]; attended: number[] }[] = [
  { key: "c-deputies", title: "“十五五”规划专题培训班（人大代表）", audience: "DEPUTIES", startsOn: "2026-04-16", endsOn: "2026-04-18", place: "南阳市委党校", description: "邀请规划编制专家、政策研究学者系统讲解规划实施路径；议案建议撰写专题。", enrol: [0, 1, 2, 3, 4, 5], attended: [0, 1, 2, 4] },
  { key: "c-township", title: "乡镇人大主席（街道工委主任）专题培训班", audience: "TOWNSHIP_CHAIRS", startsOn: "2026-05-12", endsOn: "2026-05-13", place: "南阳市委党校", description: "“十五五”规划学习纳入培训核心课程。", enrol: [], attended: [] },
  { key: "c-members", title: "常委会组成人员学习培训会", audience: "STANDING_MEMBERS", startsOn: "2026-12-08", endsOn: "2026-12-09", place: "南阳市人大常委会机关", description: "学习贯彻全会精神，提升依法履职能力。", enrol: [], attended: [] },
];

export async function seedDuty(prisma: PrismaClient): Promise<number> {
  const demo = await prisma.deputy.findFirst({ where: { user: { username: "deputy" } }, select: { id: true, committeeId: true } });
  if (!demo) return 0;
  const others = await prisma.deputy.findMany({ where: { committeeId: demo.committeeId, id: { not: demo.id }, status: "ACTIVE" }, select: { id: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 8 });
  if (others.length < 6) return 0;
  const who = (w: "demo" | "mediator" | number) => (w === "demo" ? demo.id : w === "mediator" ? others[0]!.id : others[w]!.id);
  const roster = [demo.id, ...others.map((o) => o.id)];
  const c = demo.committeeId;
  const skipDuplicates = true;
  return prisma.$transaction(async (tx) => {
    let n = 0;
    n += (await tx.dutyRecord.createMany({
      data: RECORDS.map((r) => ({
        id: demoId("duty-record", r.key), deputyId: who(r.who), type: r.type, date: day(r.date), place: r.place, description: r.description,
        participants: r.participants ?? null, status: r.status ?? "CONFIRMED", origin: "MANUAL" as const, confirmedAt: (r.status ?? "CONFIRMED") === "CONFIRMED" ? day(r.date) : null,
      })),
      skipDuplicates,
    })).count;
    n += (await tx.studyReflection.createMany({
      data: REFLECTIONS.map((r) => ({ id: demoId("reflection", r.key), deputyId: who(r.who), title: r.title, body: r.body, charCount: countCharacters(r.body), studiedOn: day(r.date) })),
      skipDuplicates,
    })).count;
    for (const course of COURSES) {
      const id = demoId("training", course.key);
      n += (await tx.trainingCourse.createMany({ data: [{ id, committeeId: c, title: course.title, audience: course.audience, startsOn: day(course.startsOn), endsOn: day(course.endsOn), place: course.place, description: course.description }], skipDuplicates })).count;
      n += (await tx.trainingEnrolment.createMany({ data: course.enrol.map((i) => ({ courseId: id, deputyId: roster[i]!, attended: course.attended.includes(i) })), skipDuplicates })).count;
    }
    n += (await tx.learningResource.createMany({
      data: [
        { id: demoId("learning", "a1"), committeeId: c, kind: "ARTICLE" as const, title: "“学蓝图、解蓝图、绘蓝图”：代表履职路径", body: "把代表参与学习全会精神情况量化记入履职档案；分层次培训常委会组成人员、乡镇人大主席、人大代表；线上开设“十五五”规划学习专栏，线下在村委大院、集贸市场、生产车间面对面开展宣传交流。" },
        { id: demoId("learning", "l1"), committeeId: c, kind: "LINK" as const, title: "中国人大网", url: "https://www.npc.gov.cn/" },
      ],
      skipDuplicates,
    })).count;
    n += (await tx.deputyStory.createMany({
      data: [
        { id: demoId("story", "sweet-potato"), committeeId: c, deputyId: demo.id, title: "一颗红薯带富一方群众", body: "市人大代表牵头建立红薯产业代表联络站，把联络站建在产业链上，辐射带动全县红薯种植面积20多万亩，年产值1.2亿元，推动“唐河红薯”获得国家农产品地理标志认证。", published: true, publishedAt: day("2026-10-20") },
        { id: demoId("story", "mediation"), committeeId: c, deputyId: others[0]!.id, title: "“代表调解团”化解基层矛盾", body: "在基层社会治理一线，代表牵头组建“代表调解团”，用心用情化解基层矛盾，累计调处各类纠纷120余件，以代表作为夯实治理根基。", published: true, publishedAt: day("2026-11-05") },
      ],
      skipDuplicates,
    })).count;
    return n;
  }, { maxWait: 10_000, timeout: 60_000 });
}
