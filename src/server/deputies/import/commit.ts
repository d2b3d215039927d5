import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "../../audit";
import { getDb } from "../../db";
import { NotFoundError } from "../../errors";
import { isId } from "../../directory/ids";
import type { TRequestContext } from "../../request-context";
import type { TSessionUser } from "../../session";
import { ImportRefusal } from "../errors";
import { writeScopeOf } from "../scope";
import type { TStagedRow } from "./stage";

/**
 * Step 2: "import all". Every staged row goes into the register in ONE transaction with the job's
 * status and the audit row — all or nothing. Progress is reported from inside that transaction
 * through `onProgress` (the route streams it to the browser): a progress column updated in chunks
 * would not be visible to a poller before the commit, and writing it on a second connection would
 * queue behind the embedded database's single connection.
 */
export const COMMIT_CHUNK = 1000;

export type TProgress = { done: number; total: number };

export async function commitImport(
  actor: TSessionUser,
  importId: string,
  ctx: TRequestContext,
  onProgress: (p: TProgress) => void = () => {},
): Promise<{ imported: number }> {
  const scope = await writeScopeOf(actor);
  if (!isId(importId)) throw new NotFoundError("import");
  try {
    return await getDb().$transaction(
      async (tx) => {
        const [job] = await tx.$queryRaw<{ id: string; committeeId: string; status: string }[]>`
          SELECT "id", "committeeId", "status"::text AS "status" FROM "DeputyImport" WHERE "id" = ${importId}::uuid FOR UPDATE`;
        if (!job || !scope.committeeIds.has(job.committeeId)) throw new NotFoundError("import");
        if (job.status !== "VALIDATED") throw new ImportRefusal("register.import.errors.notReady");
        const total = await tx.deputyImportRow.count({ where: { importId } });
        onProgress({ done: 0, total });
        let done = 0;
        for (let after = 0; ; ) {
          const rows = await tx.deputyImportRow.findMany({
            where: { importId, rowNumber: { gt: after } },
            orderBy: { rowNumber: "asc" },
            take: COMMIT_CHUNK,
            select: { rowNumber: true, data: true },
          });
          if (rows.length === 0) break;
          await tx.deputy.createMany({
            data: rows.map((r) => {
              const d = r.data as unknown as TStagedRow;
              return {
                name: d.name, gender: d.gender, level: d.level, committeeId: job.committeeId, termNumber: d.termNumber,
                delegationId: d.delegationId, regionId: d.regionId, workUnit: d.workUnit, title: d.title, expertise: d.expertise,
                idCardCipher: d.idCardCipher, idCardIndex: d.idCardIndex, phoneCipher: d.phoneCipher, phoneIndex: d.phoneIndex,
                addressCipher: d.addressCipher, importId,
              };
            }),
          });
          done += rows.length;
          after = rows[rows.length - 1]!.rowNumber;
          onProgress({ done, total });
        }
        await tx.deputyImportRow.deleteMany({ where: { importId } });
        await tx.deputyImport.update({ where: { id: importId }, data: { status: "IMPORTED", importedCount: done, finishedAt: new Date() } });
        await writeAudit(tx, {
          actor: { id: actor.id, username: actor.username, role: actor.role }, action: "deputy.import.commit", objectType: "DeputyImport",
          objectId: importId, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId, detail: { imported: done },
        });
        return { imported: done };
      },
      { maxWait: 15_000, timeout: 600_000 },
    );
  } catch (error) {
    // someone registered one of these people since the roster was checked: nothing was imported
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ImportRefusal("register.import.errors.duplicateSinceValidation");
    }
    throw error;
  }
}

/** Throws the staged rows away (the job stays, as a record of the upload). */
export async function discardImport(actor: TSessionUser, importId: string, ctx: TRequestContext): Promise<void> {
  const scope = await writeScopeOf(actor);
  if (!isId(importId)) throw new NotFoundError("import");
  await getDb().$transaction(async (tx) => {
    const job = await tx.deputyImport.findUnique({ where: { id: importId }, select: { committeeId: true, status: true } });
    if (!job || !scope.committeeIds.has(job.committeeId)) throw new NotFoundError("import");
    if (job.status !== "VALIDATED") throw new ImportRefusal("register.import.errors.notReady");
    await tx.deputyImportRow.deleteMany({ where: { importId } });
    await tx.deputyImport.update({ where: { id: importId }, data: { status: "DISCARDED", finishedAt: new Date() } });
    await writeAudit(tx, {
      actor: { id: actor.id, username: actor.username, role: actor.role }, action: "deputy.import.discard", objectType: "DeputyImport",
      objectId: importId, result: "SUCCESS", ip: ctx.ip, requestId: ctx.requestId,
    });
  });
}
