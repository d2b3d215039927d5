import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "./env";

export type THeaderBag = Headers | Record<string, string | string[] | undefined>;
export type TRequestContext = { ip: string | null; requestId: string };

function header(h: THeaderBag, name: string): string | undefined {
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v.join(",") : v;
}

/**
 * The client address. Our production server (scripts/app-server.ts) rebuilds X-Forwarded-For on
 * every request: the trusted proxies' entries, then the socket's peer. With TRUST_PROXY set to the
 * number of reverse proxies in front (DEPLOY.md) we step back over exactly that many, so a client
 * cannot name its own address. Too short a chain (a misconfigured proxy) gives null, not a guess.
 */
export function clientIp(h: THeaderBag): string | null {
  const chain = (header(h, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = chain[chain.length - 1 - env().TRUST_PROXY] ?? null;
  return ip ? ip.slice(0, 64) : null;
}

export function requestContext(h: THeaderBag): TRequestContext {
  const given = header(h, "x-request-id");
  const requestId = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
  return { ip: clientIp(h), requestId };
}
