/**
 * `npm run admin:create -- --username NAME --name 显示名` — production's first administrator
 * (security.md #5: no default passwords outside the demo seed).
 *
 * The password comes from ADMIN_INITIAL_PASSWORD, else from stdin: typed twice without echo on a
 * terminal, or the first line of a pipe (`printf '%s\n' "$PW" | npm run admin:create -- …`). It is
 * never taken from the command line, where `ps` and shell history would show it.
 * Works with NODE_ENV=production, on DATABASE_URL or the embedded ./data (scripts/db/connect.ts).
 * Runs under `tsx --conditions=react-server` so the app's own hashPassword and writeAudit are used.
 *
 * Exit codes: 0 created, 1 refused (invalid input, weak password, username taken), 2 usage or I/O error.
 */
import os from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { passwordProblems } from "@/domain/password-policy";
import { ZDisplayName, ZUsername } from "@/domain/user-schemas";
import { writeAudit } from "@/server/audit";
import { hashPassword } from "@/server/auth/password";
import * as zhCN from "../messages/zh-CN";

export type TCreateAdminInput = { username: string; displayName: string; password: string };

/** `problems` are message keys of the zh-CN catalog (e.g. "password.tooShort"). */
export type TCreateAdminResult =
  | { ok: true; id: string; username: string }
  | { ok: false; reason: "invalid" | "weakPassword" | "usernameTaken"; problems: string[] };

function operator(): string {
  try {
    return `cli:${os.userInfo().username}`.slice(0, 64);
  } catch {
    return "cli";
  }
}

/** Checks what needs no database: username and display name rules, then the password policy. */
export function adminInputProblems(input: TCreateAdminInput): Extract<TCreateAdminResult, { ok: false }> | null {
  const username = ZUsername.safeParse(input.username);
  const displayName = ZDisplayName.safeParse(input.displayName);
  if (!username.success || !displayName.success) {
    const issues = [...(username.error?.issues ?? []), ...(displayName.error?.issues ?? [])];
    return { ok: false, reason: "invalid", problems: issues.map((i) => i.message) };
  }
  const weak = passwordProblems(input.password, [username.data, displayName.data]);
  return weak.length > 0 ? { ok: false, reason: "weakPassword", problems: weak.map((p) => `password.${p}`) } : null;
}

/** Creates an ADMIN account and its audit row in one transaction; refuses an existing username. */
export async function createAdmin(prisma: PrismaClient, input: TCreateAdminInput): Promise<TCreateAdminResult> {
  const refused = adminInputProblems(input);
  if (refused) return refused;
  const username = ZUsername.parse(input.username);
  const displayName = ZDisplayName.parse(input.displayName);

  const taken: TCreateAdminResult = { ok: false, reason: "usernameTaken", problems: ["admin.errors.usernameTaken"] };
  const refuseTaken = async (): Promise<TCreateAdminResult> => {
    await prisma.$transaction((tx) =>
      writeAudit(tx, {
        actorName: operator(),
        action: "admin.create.cli",
        objectType: "User",
        result: "FAILURE",
        detail: { username, reason: "usernameTaken" },
      }),
    );
    return taken;
  };
  if (await prisma.user.findUnique({ where: { username }, select: { id: true } })) return refuseTaken();

  const passwordHash = await hashPassword(input.password);
  try {
    const created = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: username, displayName: displayName, role: "ADMIN", passwordHash },
        select: { id: true, username: true },
      });
      await writeAudit(tx, {
        actorName: operator(),
        action: "admin.create.cli",
        objectType: "User",
        objectId: user.id,
        result: "SUCCESS",
        detail: { username: user.username, role: "ADMIN" },
      });
      return user;
    });
    return { ok: true, ...created };
  } catch (error) {
    // Someone created the same name between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuseTaken();
    throw error;
  }
}

/** "password.tooShort" → the zh-CN text; the key itself if the catalog lacks it. */
export function zh(key: string): string {
  let node: unknown = zhCN;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : key;
}

async function readPipe(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** Reads one line from the terminal without echoing it. Ctrl-C aborts. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = "";
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (text: string) => {
      for (const ch of text) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return done();
        if (ch === "\u0003") return done(new Error("已取消。"));
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_INITIAL_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return readPipe();
  console.error(zh("password.rules"));
  const first = await readHidden("密码：");
  const second = await readHidden("再次输入密码：");
  if (first !== second) throw new Error("两次输入的密码不一致。");
  return first;
}

const USAGE = "用法：npm run admin:create -- --username <账号> --name <显示名>\n" +
  "密码从环境变量 ADMIN_INITIAL_PASSWORD 或标准输入读取（终端下不回显；管道取第一行）。";

function printRefusal(result: Extract<TCreateAdminResult, { ok: false }>): 1 {
  const heading = { invalid: "输入无效：", weakPassword: "密码不符合要求：", usernameTaken: "未创建：" }[result.reason];
  console.error([heading, ...result.problems.map((p) => `  - ${zh(p)}`)].join("\n"));
  return 1;
}

async function main(): Promise<number> {
  let args: { username?: string; name?: string; help?: boolean };
  try {
    args = parseArgs({ options: { username: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error, `\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.username || !args.name) {
    console.error(`缺少 --username 或 --name。\n${USAGE}`);
    return 2;
  }
  let password: string;
  try {
    password = await readPassword();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  if (!password) {
    console.error("没有读到密码。\n" + USAGE);
    return 2;
  }

  const input = { username: args.username, displayName: args.name, password };
  // Refuse bad input before touching the database (no lock taken, nothing to roll back).
  const early = adminInputProblems(input);
  if (early) return printRefusal(early);

  const { openScriptDb } = await import("./db/connect");
  const { prisma, close } = await openScriptDb();
  try {
    const result = await createAdmin(prisma, input);
    if (!result.ok) return printRefusal(result);
    console.log(`已创建系统管理员 ${result.username}（id ${result.id}）。请立即登录并妥善保管密码。`);
    return 0;
  } finally {
    await close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error("创建管理员失败：", error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
