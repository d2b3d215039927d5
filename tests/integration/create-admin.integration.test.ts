import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/server/audit";
import { verifyPassword } from "@/server/auth/password";
import { createAdmin } from "../../scripts/create-admin";
import { serveOverTcp } from "../../scripts/db/socket-server";
import { useTestDatabase } from "../helpers/test-db";

const db = useTestDatabase();

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STRONG = "Qiang#Mima-2026-xyz";

type TRun = { status: number | null; stdout: string; stderr: string };

/** Runs the CLI as an operator would: production mode, the password piped in on stdin. */
function runCli(args: string[], { stdin, env: extra }: { stdin: string; env: Record<string, string> }): Promise<TRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NODE_ENV: "production" };
  delete env.ADMIN_INITIAL_PASSWORD;
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  // Asynchronous: in the PGlite project this very process serves the database the child talks to.
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/create-admin.ts", ...args], {
    cwd: ROOT,
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** This file's database as a postgresql:// URL: PostgreSQL's own, or the in-process PGlite served over TCP. */
async function databaseUrlForChild(): Promise<{ url: string; stop(): Promise<void> }> {
  if (db.database.url) return { url: db.database.url, stop: async () => {} };
  const served = await serveOverTcp(db.database.pglite!);
  return { url: served.url, stop: served.stop };
}

describe("createAdmin (production's first administrator)", () => {
  it("creates an active ADMIN with the given password and records it in the audit log", async () => {
    const result = await createAdmin(db.prisma, { username: "First.Admin", displayName: "首任管理员", password: STRONG });
    expect(result).toMatchObject({ ok: true, username: "first.admin" });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "first.admin" } });
    expect(user).toMatchObject({ role: "ADMIN", active: true, displayName: "首任管理员", committeeId: null, unitId: null });
    expect(user.passwordHash).not.toContain(STRONG);
    expect(await verifyPassword(user.passwordHash, STRONG)).toBe(true);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "admin.create.cli", objectId: user.id } });
    expect(audit.result).toBe("SUCCESS");
    expect(JSON.stringify(audit.detail)).not.toContain(STRONG);
    expect((await verifyAuditChain(db.prisma)).firstBrokenId).toBeNull();
  });

  it("rejects a weak password with the policy's reasons and creates nothing", async () => {
    const before = await db.prisma.user.count();
    const short = await createAdmin(db.prisma, { username: "weak-admin", displayName: "管理员", password: "abc123" });
    expect(short).toEqual({ ok: false, reason: "weakPassword", problems: ["password.tooShort", "password.tooSimple"] });
    const withName = await createAdmin(db.prisma, { username: "weak-admin", displayName: "管理员", password: "Weak-admin#2026" });
    expect(withName).toMatchObject({ ok: false, reason: "weakPassword", problems: ["password.containsName"] });
    expect(await db.prisma.user.count()).toBe(before);
  });

  it("refuses a username that exists, leaving that account untouched", async () => {
    await createAdmin(db.prisma, { username: "ops-admin", displayName: "运维管理员", password: STRONG });
    const existing = await db.prisma.user.findUniqueOrThrow({ where: { username: "ops-admin" } });
    const again = await createAdmin(db.prisma, { username: "OPS-admin", displayName: "冒名者", password: "Another#Strong-2026" });
    expect(again).toEqual({ ok: false, reason: "usernameTaken", problems: ["admin.errors.usernameTaken"] });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { username: "ops-admin" } })).toEqual(existing);
    expect(await db.prisma.auditLog.count({ where: { action: "admin.create.cli", result: "FAILURE" } })).toBe(1);
  });

  it("refuses an invalid username or display name", async () => {
    const bad = await createAdmin(db.prisma, { username: "x y", displayName: "<b>", password: STRONG });
    expect(bad).toMatchObject({ ok: false, reason: "invalid" });
    expect(bad.ok || bad.problems).toEqual(["admin.errors.usernameChars", "admin.errors.displayNameChars"]);
  });
});

describe("npm run admin:create", () => {
  it("works with NODE_ENV=production, reading the password from a pipe, and refuses a second run", async () => {
    const server = await databaseUrlForChild();
    try {
      const env = { DATABASE_URL: server.url };
      const created = await runCli(["--username", "root", "--name", "首任管理员"], { stdin: `${STRONG}\n`, env });
      expect(created.stderr).toBe("");
      expect(created.status).toBe(0);
      expect(created.stdout).toContain("已创建系统管理员 root");
      const again = await runCli(["--username", "root", "--name", "另一位"], { stdin: `${STRONG}\n`, env });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("该账号已存在");
    } finally {
      await server.stop();
    }
    const root = await db.prisma.user.findUniqueOrThrow({ where: { username: "root" } });
    expect(root).toMatchObject({ role: "ADMIN", displayName: "首任管理员" });
    expect(await verifyPassword(root.passwordHash, STRONG)).toBe(true);
  }, 120_000);

  it("prints a weak password's problems in Chinese and exits 1 without opening a database", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lvzhi-admin-cli-"));
    try {
      const dataDir = path.join(dir, "data");
      const run = await runCli(["--username", "root", "--name", "管理员"], { stdin: "short\n", env: { LVZHI_DATA_DIR: dataDir } });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("密码至少需要 12 个字符");
      expect(run.stdout).toBe("");
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
