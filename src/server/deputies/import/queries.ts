import "server-only";
import type { DeputyImportStatus } from "@/generated/prisma/enums";
import type { TRosterProblem } from "@/domain/roster/validate";
import { getDb } from "../../db";
import { NotFoundError } from "../../errors";
import { isId } from "../../directory/ids";
import type { TActor } from "../../authz";
import { writeScopeOf } from "../scope";

export type TImportJob = {
  id: string;
  fileName: string;
  committeeName: string;
  status: DeputyImportStatus;
  rowCount: number;
  problemCount: number;
  importedCount: number;
  createdAt: Date;
  createdBy: string;
  report: TRosterProblem[];
};

const select = {
  id: true, fileName: true, status: true, rowCount: true, problemCount: true, importedCount: true, createdAt: true, report: true,
  committee: { select: { name: true } },
  createdBy: { select: { displayName: true } },
} as const;

type TRecord = { id: string; fileName: string; status: DeputyImportStatus; rowCount: number; problemCount: number; importedCount: number; createdAt: Date; report: unknown; committee: { name: string }; createdBy: { displayName: string } };

const toJob = (r: TRecord): TImportJob => ({
  id: r.id, fileName: r.fileName, committeeName: r.committee.name, status: r.status, rowCount: r.rowCount, problemCount: r.problemCount,
  importedCount: r.importedCount, createdAt: r.createdAt, createdBy: r.createdBy.displayName, report: Array.isArray(r.report) ? (r.report as TRosterProblem[]) : [],
});

/** One import of the actor's committees (its report included); others' do not exist for them. */
export async function getImportJob(actor: TActor, id: string): Promise<TImportJob> {
  const scope = await writeScopeOf(actor);
  if (!isId(id)) throw new NotFoundError("import");
  const job = await getDb().deputyImport.findFirst({ where: { id, committeeId: { in: [...scope.committeeIds] } }, select });
  if (!job) throw new NotFoundError("import");
  return toJob(job);
}

/** The latest uploads (reports left out: empty here). */
export async function recentImportJobs(actor: TActor, take = 10): Promise<TImportJob[]> {
  const scope = await writeScopeOf(actor);
  const jobs = await getDb().deputyImport.findMany({
    where: { committeeId: { in: [...scope.committeeIds] } },
    orderBy: { createdAt: "desc" },
    take,
    select,
  });
  return jobs.map((j) => toJob({ ...j, report: [] }));
}
