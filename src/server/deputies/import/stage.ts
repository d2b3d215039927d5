import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { readHeader, type TRosterKey } from "@/domain/roster/columns";
import {
  duplicatesInFile, duplicatesInRegister, sortProblems, validateRosterRow, type TCell, type TRosterProblem, type TRosterRow,
} from "@/domain/roster/validate";
import { writeAudit } from "../../audit";
import { getDb } from "../../db";
import { NotFoundError } from "../../errors";
import type { TRequestContext } from "../../request-context";
import type { TSessionUser } from "../../session";
import { idCardIndexes, phoneIndexes, piiColumns } from "../pii";
import { writeScopeOf } from "../scope";
import { readRoster, type TReadRefusal } from "./read-workbook";

/**
 * Step 1 of an import: read, validate every row, look for duplicates (within the file, and in the
 * register through the blind indexes), and record the outcome as a DeputyImport. When every row
 * passes, the rows are staged with their personal data already encrypted; the workbook itself is
 * not kept (it holds ID numbers in clear). Nothing reaches the register until commitImport.
 */
export const REPORT_LIMIT = 1000;
const CHUNK = 1000;

export type TStageResult = { ok: true; importId: string; status: "VALIDATED" | "REJECTED" } | { ok: false; refusal: TReadRefusal };

export type TStagedRow = Omit<TRosterRow, "idCard" | "phone" | "address" | "row"> & {
  termNumber: number;
  idCardCipher: string;
  idCardIndex: string;
  phoneCipher: string | null;
  phoneIndex: string | null;
  addressCipher: string | null;
};

async function lookupsFor(committeeId: string, regionIds: string[]) {
  const db = getDb();
  const [regions, delegations, committee] = await Promise.all([
    db.region.findMany({ where: { id: { in: regionIds } }, select: { id: true, code: true, name: true } }),
    db.delegation.findMany({ where: { committeeId }, select: { id: true, name: true } }),
    db.standingCommittee.findUniqueOrThrow({ where: { id: committeeId }, select: { termNumber: true } }),
  ]);
  return { regions, delegations, termNumber: committee.termNumber };
}

/** Which of these normalised values the register already holds for the committee (every key's index). */
async function takenValues(committeeId: string, field: "idCardIndex" | "phoneIndex", values: string[]): Promise<Set<string>> {
  const byIndex = new Map<string, string>();
  for (const v of values) for (const idx of field === "idCardIndex" ? idCardIndexes(v) : phoneIndexes(v)) byIndex.set(idx, v);
  const keys = [...byIndex.keys()];
  const taken = new Set<string>();
  for (let i = 0; i < keys.length; i += 5000) {
    const found = await getDb().deputy.findMany({
      where: { committeeId, [field]: { in: keys.slice(i, i + 5000) } },
      select: { idCardIndex: true, phoneIndex: true },
    });
    for (const f of found) {
      const v = byIndex.get((field === "idCardIndex" ? f.idCardIndex : f.phoneIndex) ?? "");
      if (v) taken.add(v);
    }
  }
  return taken;
}

function headerProblems(problems: ReturnType<typeof readHeader>["problems"]): TRosterProblem[] {
  return problems.map((p): TRosterProblem => ({
    row: 1,
    column: null,
    key: `register.problems.${p.code}`,
    params: p.code === "missingColumn" ? { column: p.column } : { column: p.column, at: p.at },
  }));
}

export async function stageImport(
  actor: TSessionUser,
  file: { name: string; bytes: Uint8Array },
  committeeId: string,
  ctx: TRequestContext,
  today: Date = new Date(),
): Promise<TStageResult> {
  const scope = await writeScopeOf(actor);
  if (!scope.committeeIds.has(committeeId)) throw new NotFoundError("committee");
  const read = await readRoster(file.bytes);
  if (!read.ok) return read;
  const { sheet } = read;
  const header = readHeader(sheet.header);
  let problems: TRosterProblem[] = headerProblems(header.problems);
  const good: TRosterRow[] = [];
  const { termNumber, ...lookups } = await lookupsFor(committeeId, [...scope.regionIds]);
  if (problems.length === 0) {
    for (const r of sheet.rows) {
      const cells: Partial<Record<TRosterKey, TCell>> = {};
      for (const [key, at] of Object.entries(header.positions) as [TRosterKey, number][]) cells[key] = r.cells[at - 1] ?? { kind: "empty" };
      const result = validateRosterRow(r.row, cells, { ...lookups, today });
      if (result.ok) good.push(result.value);
      else problems.push(...result.problems);
    }
    problems.push(...duplicatesInFile(good));
    const [ids, phones] = await Promise.all([
      takenValues(committeeId, "idCardIndex", good.map((g) => g.idCard)),
      takenValues(committeeId, "phoneIndex", good.flatMap((g) => (g.phone ? [g.phone] : []))),
    ]);
    problems.push(...duplicatesInRegister(good, { idCard: (v) => ids.has(v), phone: (v) => phones.has(v) }));
  }
  problems = sortProblems(problems);
  const status = problems.length === 0 ? "VALIDATED" : "REJECTED";
  const staged = status === "VALIDATED" ? good.map((g) => ({ rowNumber: g.row, data: toStaged(g, termNumber) })) : [];
  const created = await getDb().$transaction(
    async (tx) => {
      const job = await tx.deputyImport.create({
        data: {
          committeeId,
          createdById: actor.id,
          fileName: file.name.slice(0, 200),
          fileSize: file.bytes.byteLength,
          fileSha256: createHash("sha256").update(file.bytes).digest("hex"),
          status,
          rowCount: sheet.rows.length,
          problemCount: problems.length,
          report: problems.slice(0, REPORT_LIMIT) as unknown as Prisma.InputJsonArray,
        },
        select: { id: true },
      });
      for (let i = 0; i < staged.length; i += CHUNK) {
        await tx.deputyImportRow.createMany({
          data: staged.slice(i, i + CHUNK).map((s) => ({ importId: job.id, rowNumber: s.rowNumber, data: s.data as unknown as Prisma.InputJsonObject })),
        });
      }
      await writeAudit(tx, {
        actor: { id: actor.id, username: actor.username, role: actor.role }, action: "deputy.import.validate", objectType: "DeputyImport", objectId: job.id,
        result: status === "VALIDATED" ? "SUCCESS" : "FAILURE", ip: ctx.ip, requestId: ctx.requestId,
        detail: { rows: sheet.rows.length, problems: problems.length },
      });
      return job;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return { ok: true, importId: created.id, status };
}

function toStaged(g: TRosterRow, defaultTerm: number): TStagedRow {
  const pii = piiColumns({ idCard: g.idCard, phone: g.phone, address: g.address });
  return {
    name: g.name,
    gender: g.gender,
    level: g.level,
    term: g.term,
    termNumber: g.term ?? defaultTerm,
    delegationId: g.delegationId,
    regionId: g.regionId,
    workUnit: g.workUnit,
    title: g.title,
    expertise: g.expertise,
    idCardCipher: pii.idCardCipher!,
    idCardIndex: pii.idCardIndex!,
    phoneCipher: pii.phoneCipher ?? null,
    phoneIndex: pii.phoneIndex ?? null,
    addressCipher: pii.addressCipher ?? null,
  };
}
