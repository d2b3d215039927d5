import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

/** PostgreSQL's client tools: PG_DUMP / PG_RESTORE when set, else Debian's (15, as the server), else PATH. */
function tool(name: "pg_dump" | "pg_restore", envName: string): string {
  const configured = process.env[envName];
  if (configured) return configured;
  const debian = `/usr/bin/${name}`;
  return existsSync(debian) ? debian : name;
}

export const pgDumpBinary = (): string => tool("pg_dump", "PG_DUMP");
export const pgRestoreBinary = (): string => tool("pg_restore", "PG_RESTORE");

/** Runs a tool to completion; rejects with its stderr when it fails. */
export function runTool(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (${signal ?? `exit ${code}`}):\n${stderr.trim()}`));
    });
  });
}
