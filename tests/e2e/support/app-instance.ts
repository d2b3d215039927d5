import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { E2E_AUTH_SECRET, E2E_PII_KEY } from "./settings";

/**
 * More app servers beside the suite's own (security.md #18, issue 8 item 5): the same production
 * build (scripts/app-server.ts), the same secrets, a database URL of the test's choosing — the
 * suite's database, or a TCP proxy in front of it that the test can cut to simulate an outage.
 */
export type TAppInstance = { url: string; stop(): Promise<void> };

export async function startAppInstance(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<TAppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: E2E_AUTH_SECRET,
    NEXTAUTH_URL: url,
    PII_KEY: E2E_PII_KEY,
    DB_POOL_MAX: "3",
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/app-server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app instance on ${port} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`app instance on ${port} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A TCP proxy to the database that the test can cut (every connection dropped) and restore. */
export type TCuttableProxy = { url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> };

export async function startCuttableProxy(databaseUrl: string): Promise<TCuttableProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  await listen();
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(port);
  return { url: proxied.toString(), cut: stopListening, restore: listen, close: stopListening };
}
