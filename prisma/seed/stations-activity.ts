import type { PrismaClient } from "@/generated/prisma/client";
import { shanghaiParts } from "@/domain/calendar";
import { dayKey, shiftMonth } from "@/domain/stations/month-grid";
import { demoId } from "./ids";
import { CODE } from "./regions";

/**
 * The stations' working life in the demo (the bulletin's 襄城县): reception days with the deputies on
 * duty at the 16 township stations and the contact point (this month and next, so the public pages
 * show something), 小深微 / 面对面 / 三官一员一师 events at 城关镇, two grid cells per township with its
 * township deputies attached, and a theme and a research activity for each of 襄城's six groups.
 * Runs after seedDemo, on what it loaded; deterministic ids + skipDuplicates make a rerun a no-op.
 */
export async function seedStationsActivity(prisma: PrismaClient, now = new Date()): Promise<number> {
  const county = await prisma.region.findUnique({ where: { code: CODE.XIANGCHENG }, select: { id: true, committee: { select: { id: true } } } });
  const staff = await prisma.user.findUnique({ where: { username: "xc-staff" }, select: { id: true } });
  if (!county?.committee || !staff) return 0;
  const stations = await prisma.liaisonStation.findMany({
    where: { kind: { in: ["TOWNSHIP", "CONTACT_POINT", "SPECIALTY"] }, region: { OR: [{ id: county.id }, { parentId: county.id }] } },
    select: { id: true, name: true, kind: true, regionId: true, managerId: true, deputies: { select: { deputy: { select: { id: true, name: true, level: true } } }, orderBy: { deputy: { name: "asc" } } } },
    orderBy: { name: "asc" },
  });
  const p = shanghaiParts(now);
  const months = [{ year: p.year, month: p.month }, shiftMonth({ year: p.year, month: p.month }, 1)];
  const days: { id: string; stationId: string; date: Date; startTime: string; endTime: string; note: string; createdById: string }[] = [];
  const onDuty: { receptionDayId: string; deputyId: string }[] = [];
  for (const s of stations.filter((x) => x.kind !== "SPECIALTY")) {
    for (const m of months) {
      for (const day of [5, 20]) {
        const key = dayKey(m.year, m.month, day);
        const id = demoId("reception", `${s.id}/${key}`);
        days.push({ id, stationId: s.id, date: new Date(`${key}T00:00:00Z`), startTime: "09:00", endTime: "11:30", note: day === 5 ? "代表接待日" : "“大门常开、代表常在”接待日", createdById: s.managerId ?? staff.id });
        const pick = s.deputies.slice(day === 5 ? 0 : 2, day === 5 ? 2 : 4);
        for (const d of pick.length > 0 ? pick : s.deputies.slice(0, 1)) onDuty.push({ receptionDayId: id, deputyId: d.deputy.id });
      }
    }
  }

  const chengguan = stations.find((s) => s.name === "城关镇人大代表联络站");
  const mediation = stations.find((s) => s.name === "矛盾纠纷调解特色专业站");
  const units = await prisma.handlingUnit.findMany({ where: { committeeId: county.committee.id }, select: { id: true }, orderBy: { name: "asc" }, take: 3 });
  type TEventSeed = { key: string; stationId: string; kind: "LECTURE" | "DEEP_VISIT" | "MICRO_CONSULTATION" | "FACE_TO_FACE" | "LEGAL_SESSION"; title: string; heldOn: string; place: string; summary: string; deputies: string[]; units: string[] };
  const events: TEventSeed[] = [];
  if (chengguan) {
    const ds = chengguan.deputies.map((d) => d.deputy.id);
    events.push(
      { key: "lecture", stationId: chengguan.id, kind: "LECTURE", title: "小讲堂：“十五五”规划与城关发展", heldOn: "2026-10-16", place: "城关镇党群服务中心", summary: "代表结合专业特长讲解规划要点，群众现场提问。", deputies: ds.slice(0, 3), units: [] },
      { key: "visit", stationId: chengguan.id, kind: "DEEP_VISIT", title: "深走访：老旧小区改造入户走访", heldOn: "2026-10-23", place: "城关镇东街社区", summary: "代表入户收集老旧小区改造意见。", deputies: ds.slice(1, 4), units: [] },
      { key: "consult", stationId: chengguan.id, kind: "MICRO_CONSULTATION", title: "微协商：老年助餐服务", heldOn: "2026-11-06", place: "城关镇人大代表联络站", summary: "邀请民政部门、助餐点经营者和居民代表共商助餐服务。", deputies: ds.slice(0, 2), units: units.slice(0, 1).map((u) => u.id) },
      { key: "f2f", stationId: chengguan.id, kind: "FACE_TO_FACE", title: "代表·局长面对面：教育与民生专场", heldOn: "2026-11-13", place: "城关镇人大代表联络站", summary: "部门负责人现场回应群众诉求。", deputies: ds.slice(0, 4), units: units.map((u) => u.id) },
    );
  }
  if (mediation) {
    events.push({ key: "legal", stationId: mediation.id, kind: "LEGAL_SESSION", title: "“三官一员一师”进站：邻里纠纷调处", heldOn: "2026-11-20", place: "襄城县综治中心", summary: "法官、检察官、警官、公务员和律师进站协助矛盾排查和纠纷调处。", deputies: mediation.deputies.map((d) => d.deputy.id).slice(0, 3), units: [] });
  }

  const townships = await prisma.region.findMany({ where: { parentId: county.id, level: "TOWNSHIP" }, select: { id: true, name: true }, orderBy: { code: "asc" } });
  const cells: { id: string; regionId: string; name: string; description: string }[] = [];
  const cellDeputies: { cellId: string; deputyId: string }[] = [];
  for (const t of townships) {
    const local = stations.find((s) => s.regionId === t.id)?.deputies.map((d) => d.deputy).filter((d) => d.level === "TOWNSHIP" || d.level === "COUNTY") ?? [];
    ["第一网格", "第二网格"].forEach((name, i) => {
      const id = demoId("grid", `${t.id}/${name}`);
      cells.push({ id, regionId: t.id, name, description: `${t.name}${i === 0 ? "镇区" : "村居"}网格` });
      for (const d of local.filter((_, k) => k % 2 === i)) cellDeputies.push({ cellId: id, deputyId: d.id });
    });
  }

  const groups = await prisma.professionalGroup.findMany({ where: { committeeId: county.committee.id }, select: { id: true, name: true, field: true, members: { select: { deputyId: true } } } });

  return prisma.$transaction(async (tx) => {
    const skipDuplicates = true;
    let n = (await tx.receptionDay.createMany({ data: days, skipDuplicates })).count;
    n += (await tx.receptionDayDeputy.createMany({ data: onDuty, skipDuplicates })).count;
    for (const e of events) {
      const id = demoId("station-event", `${e.stationId}/${e.key}`);
      n += (await tx.stationEvent.createMany({ data: [{ id, stationId: e.stationId, kind: e.kind, title: e.title, heldOn: new Date(`${e.heldOn}T00:00:00Z`), place: e.place, summary: e.summary, createdById: staff.id }], skipDuplicates })).count;
      n += (await tx.stationEventParticipant.createMany({ data: e.deputies.map((deputyId) => ({ eventId: id, deputyId })), skipDuplicates })).count;
      n += (await tx.stationEventUnit.createMany({ data: e.units.map((unitId) => ({ eventId: id, unitId })), skipDuplicates })).count;
    }
    n += (await tx.gridCell.createMany({ data: cells, skipDuplicates })).count;
    n += (await tx.gridCellDeputy.createMany({ data: cellDeputies, skipDuplicates })).count;
    for (const g of groups) {
      n += (await tx.groupTheme.createMany({ data: [{ id: demoId("group-theme", `${g.id}/2026`), groupId: g.id, year: 2026, title: `${g.field}领域“十五五”规划落地调研` }], skipDuplicates })).count;
      const activityId = demoId("group-activity", `${g.id}/research`);
      n += (await tx.groupActivity.createMany({ data: [{ id: activityId, groupId: g.id, kind: "RESEARCH", title: `${g.field}专题调研`, heldOn: new Date("2026-09-18T00:00:00Z"), place: "襄城县", summary: "围绕特色产业发展、城乡融合开展调研，形成调研报告。", createdById: staff.id }], skipDuplicates })).count;
      n += (await tx.groupActivityParticipant.createMany({ data: g.members.slice(0, 5).map((m) => ({ activityId, deputyId: m.deputyId })), skipDuplicates })).count;
    }
    return n;
  }, { maxWait: 10_000, timeout: 60_000 });
}
