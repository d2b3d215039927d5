import "server-only";
import ExcelJS from "exceljs";
import { ROSTER_COLUMNS } from "@/domain/roster/columns";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import { deputyListWhere, type TDeputyFilters } from "../directory/deputies";
import type { TRequestContext } from "../request-context";
import type { TSessionUser } from "../session";
import { maskedPii } from "./pii";

/** Roster template and list export as .xlsx. Text cells are written as text: "=1+1" stays a string. */

const LEVEL_LABEL = { NATIONAL: "全国人大代表", PROVINCIAL: "省人大代表", PREFECTURAL: "市人大代表", COUNTY: "县（区）人大代表", TOWNSHIP: "乡镇人大代表" } as const;
const GENDER_LABEL = { MALE: "男", FEMALE: "女" } as const;
const STATUS_LABEL = { ACTIVE: "在任", TERMINATED: "已终止" } as const;

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The roster template: the header row (required columns marked *), ID and phone columns formatted as text, and a sheet of notes. */
export async function rosterTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "履职平台";
  const ws = wb.addWorksheet("代表名册");
  ws.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.required ? `${c.title}*` : c.title,
    key: c.key,
    width: c.key === "idCard" || c.key === "workUnit" || c.key === "address" ? 24 : 14,
    style: c.key === "idCard" || c.key === "phone" || c.key === "term" ? { numFmt: "@" } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const notes = wb.addWorksheet("填写说明");
  [
    ["带 * 的列必须填写；第一行是列名，请勿修改。每个工作簿只导入第一个工作表，最多 20000 行、10 MB。"],
    ["性别：男 / 女。代表层级：全国、省级、市级、县级、乡镇（也可写“市人大代表”等）。"],
    ["届次：如 15 或 第十五届，留空则为所选人大的本届。代表团：须与平台中该人大的代表团名称一致，可留空。"],
    ["选区所在地：行政区划名称或代码（如 宛城区 或 411302）；重名的乡镇请填代码。"],
    ["身份证号码：18 位，请保持文本格式（不要写成数字，否则末几位会丢失）。手机号码：11 位手机号或带区号的固定电话。"],
    ["专业特长：多个用顿号或逗号分隔。单元格中不要使用公式。"],
  ].forEach((r) => notes.addRow(r));
  notes.getColumn(1).width = 110;
  return toBuffer(wb);
}

export const EXPORT_LIMIT = 50_000;

/**
 * The filtered list as .xlsx — the same filter and scope as the page. ID number and phone are
 * masked (an export is never a way around the reveal), and the export itself is audited.
 */
export async function exportDeputies(actor: TSessionUser, filters: Omit<TDeputyFilters, "page">, ctx: TRequestContext): Promise<{ bytes: Buffer; count: number }> {
  const where: Prisma.DeputyWhereInput | null = await deputyListWhere(actor, filters);
  const rows = where
    ? await getDb().deputy.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: EXPORT_LIMIT,
        select: {
          name: true, gender: true, level: true, termNumber: true, status: true, workUnit: true, title: true, expertise: true,
          idCardCipher: true, phoneCipher: true,
          delegation: { select: { name: true } }, region: { select: { name: true } }, committee: { select: { name: true } },
        },
      })
    : [];
  const wb = new ExcelJS.Workbook();
  wb.creator = "履职平台";
  const ws = wb.addWorksheet("代表名单");
  ws.columns = [
    ["姓名", 12], ["性别", 6], ["代表层级", 16], ["所属人大", 20], ["届次", 6], ["代表团", 16], ["选区所在地", 14],
    ["工作单位", 28], ["职务", 16], ["身份证号码", 22], ["手机号码", 16], ["专业特长", 20], ["状态", 8],
  ].map(([header, width]) => ({ header: String(header), width: Number(width) }));
  ws.getRow(1).font = { bold: true };
  for (const d of rows) {
    const pii = maskedPii({ idCardCipher: d.idCardCipher, phoneCipher: d.phoneCipher, addressCipher: null });
    ws.addRow([
      d.name, GENDER_LABEL[d.gender], LEVEL_LABEL[d.level], d.committee.name, d.termNumber, d.delegation?.name ?? "", d.region.name,
      d.workUnit ?? "", d.title ?? "", pii.idCard, pii.phone, d.expertise.join("、"), STATUS_LABEL[d.status],
    ]);
  }
  await getDb().$transaction((tx) =>
    writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role }, action: "deputy.export", objectType: "Deputy", result: "SUCCESS",
      ip: ctx.ip, requestId: ctx.requestId,
      detail: { count: rows.length, level: filters.level ?? null, region: filters.regionId ?? null, group: filters.groupId ?? null, station: filters.stationId ?? null, q: filters.q ? "yes" : null },
    }),
  );
  return { bytes: await toBuffer(wb), count: rows.length };
}
