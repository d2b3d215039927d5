import ExcelJS from "exceljs";
import type { PrismaClient } from "@/generated/prisma/client";
import { idCardCheckChar } from "@/domain/pii/id-card";
import { ROSTER_COLUMNS } from "@/domain/roster/columns";
import type { TSessionUser } from "@/server/session";

/** Real .xlsx rosters for tests and the import benchmark, written by exceljs. */
export type TRosterCell = string | number | { formula: string; result?: string } | null;
export type TRosterSheet = { header?: string[]; rows: TRosterCell[][] };

export const TEMPLATE_HEADER: string[] = ROSTER_COLUMNS.map((c) => c.title);

export async function rosterXlsx({ header = TEMPLATE_HEADER, rows }: TRosterSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A valid, distinct ID number for person n (region 411302, born 1960–1999, sequence from n). */
export function testIdCard(n: number, region = "411302"): string {
  const year = 1960 + (n % 40);
  const day = String(1 + (Math.floor(n / 40) % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(n / 1120) % 12)).padStart(2, "0");
  const seq = String(Math.floor(n / 13440) % 1000).padStart(3, "0");
  const first17 = `${region}${year}${month}${day}${seq}`;
  return first17 + idCardCheckChar(first17);
}

export const testPhone = (n: number): string => `139${String(n).padStart(8, "0")}`;

/** One template row (in TEMPLATE_HEADER's order) for deputy n. */
export function rosterRow(n: number, over: Partial<Record<(typeof ROSTER_COLUMNS)[number]["key"], TRosterCell>> = {}): TRosterCell[] {
  const base: Record<string, TRosterCell> = {
    name: `测试代表${n}`, gender: n % 2 ? "男" : "女", level: "市人大代表", term: "", delegation: "宛城区代表团", region: "宛城区",
    workUnit: "南阳市测试单位", title: "职员", idCard: testIdCard(n), phone: testPhone(n), address: "", expertise: "农业、法律",
  };
  return ROSTER_COLUMNS.map((c) => (c.key in over ? (over[c.key] ?? null) : (base[c.key] ?? null)));
}

export async function sessionUserFor(prisma: PrismaClient, username: string): Promise<TSessionUser> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { username },
    select: { id: true, username: true, displayName: true, role: true, committeeId: true, unitId: true, deputy: { select: { id: true } } },
  });
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, committeeId: u.committeeId, unitId: u.unitId, deputyId: u.deputy?.id ?? null };
}
