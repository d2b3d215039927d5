import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS_DIR } from "./migrations";

/**
 * `prisma migrate diff` through Prisma 6.19's CLI and WASM schema engine (tools/prisma6), because
 * Prisma 7's CLI cannot download its native engine on this machine. The shadow database is an
 * in-memory PGlite (see tools/prisma6/prisma.config.ts).
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
const PRISMA6_CLI = path.join(ROOT, "node_modules/prisma6/build/index.js");
const PRISMA6_CONFIG = path.join(ROOT, "tools/prisma6/prisma.config.ts");
const UNUSED_URL = "postgresql://localhost/unused";

/** Prisma 6 needs a `url` in the datasource block; Prisma 7 reads it from prisma.config.ts. */
export function schemaForPrisma6(schema: string): string {
  const block = /datasource\s+\w+\s*\{[^}]*\}/m.exec(schema);
  if (!block) throw new Error("prisma/schema.prisma has no datasource block");
  if (/^\s*url\s*=/m.test(block[0])) return schema;
  const patched = block[0].replace(/\}$/, `  url      = "${UNUSED_URL}"\n}`);
  return schema.slice(0, block.index) + patched + schema.slice(block.index + block[0].length);
}

export type TDiffResult = {
  /** true when the migrations do not produce the schema. */
  differs: boolean;
  /** The SQL that would bring the migrations in line with the schema ("" when none). */
  sql: string;
  ms: number;
};

export async function diffMigrationsToSchema(
  options: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<TDiffResult> {
  const started = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), "lvzhi-prisma6-"));
  try {
    const schemaCopy = path.join(work, "schema.prisma");
    writeFileSync(schemaCopy, schemaForPrisma6(readFileSync(options.schemaPath ?? SCHEMA_PATH, "utf8")));
    const args = [
      PRISMA6_CLI, "migrate", "diff",
      "--config", PRISMA6_CONFIG,
      "--from-migrations", options.migrationsDir ?? MIGRATIONS_DIR,
      "--to-schema-datamodel", schemaCopy,
      "--script", "--exit-code",
    ];
    const { code, stdout, stderr } = await run(process.execPath, args, {
      ...process.env,
      PRISMA6_SCHEMA: schemaCopy,
      // Any existing file: the JS/WASM engines are used, the native ones are never loaded.
      PRISMA_QUERY_ENGINE_LIBRARY: schemaCopy,
      PRISMA_SCHEMA_ENGINE_BINARY: schemaCopy,
      PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    });
    const ms = Math.round(performance.now() - started);
    if (code === 0) return { differs: false, sql: "", ms };
    if (code === 2) return { differs: true, sql: stdout.trim(), ms };
    throw new Error(`prisma6 migrate diff failed (exit ${code}):\n${stderr.trim() || stdout.trim()}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
