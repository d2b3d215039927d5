/**
 * The production HTTP server: Next's request handler behind a plain node:http server that owns
 * X-Forwarded-For. Next itself only fills that header when it is absent, so under `next start` a
 * client could name any address it likes (and slip past per-address throttles, or forge the
 * audit log's IP). Here the header is rebuilt on every request: with TRUST_PROXY=0 it is exactly
 * the socket's peer address; with TRUST_PROXY=N (N reverse proxies in front, DEPLOY.md) the peer
 * is appended to what the proxies sent, and src/server/request-context.ts steps back N entries.
 *
 *   tsx scripts/app-server.ts [-p PORT] [-H HOST]      (NODE_ENV=production, after `next build`)
 */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { forwardedChain } from "../src/lib/forwarded-for";
import { passesGate, unavailablePage } from "../src/lib/unavailable-page";
import errors from "../messages/zh-CN/errors.json" with { type: "json" };
import { startDbGate } from "./server/db-gate";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function option(names: string[], fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => names.includes(a));
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
  const hostname = option(["-H", "--hostname"], "0.0.0.0");
  const hops = Number(process.env.TRUST_PROXY ?? "0");
  // loop jobs: the in-process scheduler (src/instrumentation.ts) runs every 5 minutes unless the
  // operator sets LVZHI_JOBS_INTERVAL_SECONDS (0 = off, e.g. when a cron runs `npm run jobs:run`)
  process.env.LVZHI_JOBS_INTERVAL_SECONDS ??= "300";
  const app = next({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const gate = startDbGate(process.env.DATABASE_URL, (line) => console.log(`[lvzhi] ${line}`));
  const unavailable = unavailablePage(errors);
  const server = createServer((req, res) => {
    if (!gate.isUp() && !passesGate(req.url ?? "/")) {
      res.writeHead(503, { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" });
      res.end(unavailable);
      return;
    }
    req.headers["x-forwarded-for"] = forwardedChain(req.headers["x-forwarded-for"], req.socket.remoteAddress, hops);
    delete req.headers["x-real-ip"];
    void handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`[lvzhi] serving on http://${hostname}:${port}`));
  const stop = () => {
    gate.stop();
    server.close(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
