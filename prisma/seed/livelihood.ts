import type { PrismaClient } from "@/generated/prisma/client";
import { demoId } from "./ids";
import { CODE } from "./regions";

/**
 * Demo data for 民生实事项目票决制 and 专项监督 (issue 7) in 南阳. The bulletin names the themes
 * (水污染防治, 城市更新, 民生实事, 优化营商环境, 生态保护; "过程问效" and "结果评价") but lists no
 * projects, so the candidates below are invented, plausible ones on those themes.
 *   2026: in 审议 (deliberation), eight shortlisted candidates for five projects — staff open the ballot.
 *   2025: in 监督, its ballot closed, three projects with milestones (one overdue) and an inspection.
 *   2027: in 征集, its public form open from a week before the seed ran for 45 days (/public/livelihood).
 * Idempotent: nothing is written when the 2026 plan exists. One transaction.
 */
const PLAN_2026 = demoId("livelihoodPlan", `${CODE.NANYANG}/2026`);
const PLAN_2025 = demoId("livelihoodPlan", `${CODE.NANYANG}/2025`);
const PLAN_2027 = demoId("livelihoodPlan", `${CODE.NANYANG}/2027`);

type TCand = { title: string; description: string; source: "PUBLIC" | "DEPUTY" | "GOVERNMENT"; shortlisted: boolean; unit?: string };

const CANDIDATES_2026: TCand[] = [
  { title: "老旧小区改造提升", description: "改造中心城区2000年前建成的老旧小区，完善水电气暖和无障碍设施（城市更新）。", source: "GOVERNMENT", shortlisted: true, unit: "南阳市住房和城乡建设局" },
  { title: "白河支流水环境综合治理", description: "治理城区黑臭水体，完善截污管网，落实水污染防治。", source: "DEPUTY", shortlisted: true, unit: "南阳市生态环境局" },
  { title: "城区中小学扩容增位", description: "新建、改扩建中小学，新增学位，缓解大班额。", source: "PUBLIC", shortlisted: true },
  { title: "社区嵌入式养老服务", description: "在街道、社区建设养老服务站点，提供助餐、助浴、日间照料。", source: "PUBLIC", shortlisted: true },
  { title: "农村供水保障提升", description: "推进城乡供水一体化，改造老化管网，提高农村自来水普及率。", source: "GOVERNMENT", shortlisted: true, unit: "南阳市水利局" },
  { title: "红薯等特色农产品冷链仓储", description: "在唐河等产区建设产地冷藏保鲜设施，带动特色产业增收。", source: "DEPUTY", shortlisted: true, unit: "南阳市农业农村局" },
  { title: "城乡公交一体化", description: "新增和优化城乡公交线路，改造农村候车亭。", source: "GOVERNMENT", shortlisted: true, unit: "南阳市交通运输局" },
  { title: "基层医疗卫生服务能力提升", description: "为乡镇卫生院配备检验和影像设备，推进县域医共体建设。", source: "DEPUTY", shortlisted: true },
  { title: "城区智慧停车场建设", description: "在医院、学校周边建设公共停车场。", source: "PUBLIC", shortlisted: false },
  { title: "全民健身步道", description: "沿白河建设健身步道和口袋公园。", source: "PUBLIC", shortlisted: false },
];

const CANDIDATES_2025: (TCand & { chosen: boolean; votes: number })[] = [
  { title: "农村道路提质改造", description: "改造县乡道和通村道路，完善安全设施。", source: "GOVERNMENT", shortlisted: true, chosen: true, votes: 36, unit: "南阳市交通运输局" },
  { title: "高标准农田建设", description: "新建高标准农田，配套灌溉设施，保障粮食安全。", source: "DEPUTY", shortlisted: true, chosen: true, votes: 33, unit: "南阳市农业农村局" },
  { title: "城市雨污分流改造", description: "中心城区雨污分流管网改造，减少内涝和污水溢流。", source: "PUBLIC", shortlisted: true, chosen: true, votes: 29, unit: "南阳市住房和城乡建设局" },
  { title: "公共文化服务提升", description: "改造乡镇综合文化站。", source: "PUBLIC", shortlisted: true, chosen: false, votes: 14 },
  { title: "智慧菜市场改造", description: "改造城区农贸市场。", source: "GOVERNMENT", shortlisted: true, chosen: false, votes: 8 },
];

export async function seedLivelihood(prisma: PrismaClient): Promise<number> {
  if (await prisma.livelihoodPlan.findUnique({ where: { id: PLAN_2026 }, select: { id: true } })) return 0;
  const committeeId = demoId("committee", CODE.NANYANG);
  if (!(await prisma.standingCommittee.findUnique({ where: { id: committeeId }, select: { id: true } }))) return 0;
  return prisma.$transaction(
    async (tx) => {
      let rows = 0;
      const units = new Map((await tx.handlingUnit.findMany({ where: { committeeId }, select: { id: true, name: true } })).map((u) => [u.name, u.id]));
      const deputies = await tx.deputy.findMany({ where: { committeeId, status: "ACTIVE" }, orderBy: { id: "asc" }, select: { id: true, userId: true } });
      const at = (iso: string) => new Date(iso);

      await tx.livelihoodPlan.create({
        data: {
          id: PLAN_2026, committeeId, year: 2026, title: "2026年南阳市民生实事项目", stage: "DELIBERATION", seats: 5,
          collectOpensAt: at("2025-10-01T00:00:00+08:00"), collectClosesAt: at("2025-11-15T00:00:00+08:00"), createdAt: at("2025-09-20T09:00:00+08:00"),
          deliberationNote: "市人大常委会主任会议审议：8个候选项目提请市人民代表大会差额票决，确定5个。",
        },
      });
      const c26 = CANDIDATES_2026.map((c, i) => ({
        id: demoId("livelihoodCandidate", `${PLAN_2026}/${c.title}`), planId: PLAN_2026, source: c.source, title: c.title, description: c.description,
        shortlisted: c.shortlisted, responsibleUnitId: c.unit ? (units.get(c.unit) ?? null) : null, proposerName: c.source === "PUBLIC" ? "市民" : null,
        createdAt: new Date(at("2025-10-05T09:00:00+08:00").getTime() + i * 86_400_000),
      }));
      rows += 1 + (await tx.livelihoodCandidate.createMany({ data: c26 })).count;

      await tx.livelihoodPlan.create({
        data: {
          id: PLAN_2025, committeeId, year: 2025, title: "2025年南阳市民生实事项目", stage: "SUPERVISION", seats: 3,
          collectOpensAt: at("2024-10-01T00:00:00+08:00"), collectClosesAt: at("2024-11-15T00:00:00+08:00"), createdAt: at("2024-09-20T09:00:00+08:00"),
        },
      });
      const c25 = CANDIDATES_2025.map((c, i) => ({
        id: demoId("livelihoodCandidate", `${PLAN_2025}/${c.title}`), planId: PLAN_2025, source: c.source, title: c.title, description: c.description,
        shortlisted: true, chosen: c.chosen, responsibleUnitId: c.unit ? (units.get(c.unit) ?? null) : null, createdAt: new Date(at("2024-10-05T09:00:00+08:00").getTime() + i * 86_400_000),
      }));
      rows += 1 + (await tx.livelihoodCandidate.createMany({ data: c25 })).count;

      // the 2025 ballot: 40 deputies voted; each candidate's votes as listed (ballots carry no voter)
      const sessionId = demoId("livelihoodBallot", PLAN_2025);
      const voters = deputies.slice(0, 40);
      await tx.livelihoodBallotSession.create({
        data: { id: sessionId, planId: PLAN_2025, seats: 3, candidateIds: c25.map((c) => c.id), eligibleCount: deputies.length, openedAt: at("2025-01-10T09:00:00+08:00"), closedAt: at("2025-01-10T11:30:00+08:00") },
      });
      // each voter names the three candidates with the most votes still to hand out: the counts add up exactly
      const left = CANDIDATES_2025.map((c) => c.votes);
      const ballots = voters.map(() => {
        const pick = left.map((n, k) => ({ n, k })).sort((a, b) => b.n - a.n || a.k - b.k).slice(0, 3).filter((x) => x.n > 0);
        for (const x of pick) left[x.k]!--;
        return pick.map((x) => c25[x.k]!.id);
      });
      rows += 1 + (await tx.livelihoodTurnout.createMany({ data: voters.map((d) => ({ sessionId, deputyId: d.id })) })).count;
      rows += (await tx.livelihoodBallot.createMany({ data: ballots.map((choices) => ({ sessionId, choices })) })).count;

      const ms = (candidate: number, title: string, dueOn: string, progress: number, note?: string) => ({
        candidateId: c25[candidate]!.id, title, dueOn: at(`${dueOn}T00:00:00Z`), progress, progressNote: note ?? null, reportedAt: note ? at("2026-06-20T10:00:00+08:00") : null,
      });
      rows += (
        await tx.livelihoodMilestone.createMany({
          data: [
            ms(0, "完成招标和施工图设计", "2025-04-30", 100, "已完成全部标段招标。"),
            ms(0, "主体工程完工", "2026-10-31", 70, "已完成路基和路面工程的七成。"),
            ms(1, "完成15万亩建设任务", "2026-06-30", 60, "受汛期影响，已完成9万亩。"),
            ms(2, "完成管网改造30公里", "2026-12-31", 40, "已完成12公里。"),
          ],
        })
      ).count;
      const deputyAccount = deputies.find((d) => d.userId === demoId("user", "deputy"));
      if (deputyAccount) {
        await tx.livelihoodInspection.create({ data: { candidateId: c25[1]!.id, deputyId: deputyAccount.id, date: at("2026-05-18T00:00:00Z"), findings: "唐河县项目区灌溉渠系已配套，建议加快机井通电。" } });
        rows++;
      }

      const day = 86_400_000;
      const seededAt = Date.now();
      await tx.livelihoodPlan.create({
        data: {
          id: PLAN_2027, committeeId, year: 2027, title: "2027年南阳市民生实事项目", stage: "COLLECTION", seats: 5,
          collectOpensAt: new Date(seededAt - 7 * day), collectClosesAt: new Date(seededAt + 45 * day),
        },
      });
      rows += 1 + (
        await tx.livelihoodCandidate.createMany({
          data: [
            { title: "城区背街小巷路灯补亮", description: "部分背街小巷夜间无照明，居民出行不便。", source: "PUBLIC" as const, proposerName: "市民" },
            { title: "乡镇幼儿园普惠扩容", description: "新增普惠性学位，解决入园难。", source: "DEPUTY" as const, proposerName: null },
          ].map((c, i) => ({ ...c, id: demoId("livelihoodCandidate", `${PLAN_2027}/${c.title}`), planId: PLAN_2027, createdAt: new Date(seededAt - (5 - i) * day) })),
        })
      ).count;

      const topic = (key: string, kind: "SPECIAL_TOPIC" | "LAW_ENFORCEMENT", title: string, description: string, finding: string, from: number) => ({
        id: demoId("supervisionTopic", key), kind, title, description, finding, from,
      });
      for (const t of [
        topic("ny-2026-env", "SPECIAL_TOPIC", "优化营商环境专项监督", "围绕涉企审批、政务服务开展专项监督，组织代表走访企业。", "部分涉企审批事项办理时限仍长于承诺时限。", 0),
        topic("ny-2026-water", "LAW_ENFORCEMENT", "《中华人民共和国水污染防治法》执法检查", "检查白河流域水污染防治法律法规贯彻实施情况。", "个别乡镇污水处理设施运行负荷偏低。", 5),
      ]) {
        await tx.supervisionTopic.create({ data: { id: t.id, committeeId, kind: t.kind, year: 2026, title: t.title, description: t.description } });
        const people = deputies.slice(t.from, t.from + 5).map((d) => ({ topicId: t.id, deputyId: d.id }));
        rows += 1 + (await tx.supervisionParticipant.createMany({ data: people })).count;
        await tx.supervisionFinding.create({ data: { topicId: t.id, text: t.finding } });
        rows++;
      }
      return rows;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
