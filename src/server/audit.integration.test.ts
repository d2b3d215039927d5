import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/helpers/test-db";
import { recordAudit, verifyAuditChain } from "./audit";

const db = useTestDatabase();

async function writeSome(n: number) {
  for (let i = 0; i < n; i++) {
    await recordAudit(db(), { actorName: `user${i}`, action: "auth.login", result: i % 2 ? "FAILURE" : "SUCCESS", ip: "127.0.0.1", detail: { n: i, z: "末", a: true } });
  }
}

describe("audit log", () => {
  it("chains rows with SM3 and verifies the whole chain", async () => {
    await writeSome(5);
    const rows = await db().auditLog.findMany({ orderBy: { id: "asc" } });
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(db())).toEqual({ checked: rows.length, firstBrokenId: null });
  });

  it("is append-only in the database: UPDATE, DELETE and TRUNCATE are rejected", async () => {
    await writeSome(1);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditLog" SET "result" = 'SUCCESS'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db().auditLog.deleteMany({})).rejects.toThrow();
  });

  it("detects a row edited behind the trigger's back", async () => {
    await writeSome(3);
    const victim = await db().auditLog.findFirstOrThrow({ orderBy: { id: "desc" }, skip: 1 });
    // A superuser with direct database access could switch the trigger off; the chain still tells.
    await db().$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update"`);
    await db().$executeRawUnsafe(`UPDATE "AuditLog" SET "ip" = '10.9.9.9' WHERE "id" = ${victim.id}`);
    await db().$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_update"`);
    expect((await verifyAuditChain(db())).firstBrokenId).toBe(victim.id);
  });
});
