/**
 * The X-Forwarded-For chain the app may rely on: the last `trustedHops` entries that the trusted
 * reverse proxies appended, then the socket's peer address. Anything a client wrote further left
 * is dropped. Used by scripts/app-server.ts on every request.
 */
export function forwardedChain(sentHeader: string | string[] | undefined, peer: string | undefined, trustedHops: number): string {
  const sent = (Array.isArray(sentHeader) ? sentHeader.join(",") : (sentHeader ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Number.isInteger(trustedHops) && trustedHops > 0 ? trustedHops : 0;
  const kept = hops > 0 ? sent.slice(-hops) : [];
  return [...kept, (peer ?? "").replace(/^::ffff:/, "")].filter(Boolean).join(", ");
}
