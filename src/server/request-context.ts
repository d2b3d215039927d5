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
 * The client address. Next's server appends the socket address to X-Forwarded-For; with TRUST_PROXY
 * set to the number of reverse proxies in front (DEPLOY.md), we step back over exactly that many.
 * A client cannot spoof its way past a proxy we do not trust.
 */
export function clientIp(h: THeaderBag): string | null {
  const chain = (header(h, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Number(env().TRUST_PROXY);
  const ip = chain[chain.length - 1 - hops] ?? chain[0] ?? header(h, "x-real-ip") ?? null;
  return ip ? ip.slice(0, 64) : null;
}

export function requestContext(h: THeaderBag): TRequestContext {
  const given = header(h, "x-request-id");
  const requestId = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
  return { ip: clientIp(h), requestId };
}
