import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDrift } from "../../scripts/db/drift";
import { SCHEMA_PATH } from "../../scripts/db/prisma6";
import { testDbKind } from "../helpers/global-setup";

/**
 * prisma/schema.prisma and prisma/migrations must describe the same database: Prisma 6's
 * `migrate diff --from-migrations … --to-schema-datamodel … --exit-code` over an in-memory PGlite
 * shadow database. Independent of TEST_DB, so it runs in the int-pglite project only.
 */
const work = mkdtempSync(path.join(os.tmpdir(), "lvzhi-drift-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each check starts the Prisma 6 CLI and its WASM engine: 5–15 s, more on a busy machine.
describe.runIf(testDbKind() === "pglite")("schema drift", { timeout: 240_000 }, () => {
  it("finds no difference between the schema and the migrations", async () => {
    const result = await checkDrift();
    expect(result.sql).toBe("");
    expect(result.differs).toBe(false);
  });

  it("fails when the schema has a field that no migration creates", async () => {
    const schema = readFileSync(SCHEMA_PATH, "utf8");
    const changed = schema.replace(/^model User \{\n/m, "model User {\n  driftProbe String? @db.VarChar(12)\n");
    expect(changed).not.toBe(schema);
    const copy = path.join(work, "schema.prisma");
    writeFileSync(copy, changed);

    const result = await checkDrift({ schemaPath: copy });
    expect(result.differs).toBe(true);
    expect(result.sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"driftProbe" VARCHAR\(12\)/);
  });
});
