/**
 * The app server's V8 heap limit. Without one, V8 sizes the old space from the machine's memory
 * (about 4 GiB here) and lets garbage pile up before collecting: under the benchmark's load the
 * server's resident memory reached 994 MiB. A limit makes it collect sooner; 512 MiB of heap keeps
 * the whole process under 1 GiB (issue 6). Operators may raise it with LVZHI_MAX_HEAP_MB.
 *
 * The young generation's semi-spaces go from V8's default (16 MiB here) to 32 MiB: a page render
 * allocates a few MiB of short-lived objects, and with the default they were scavenged, and partly
 * promoted, several times per request. Measured at concurrency 20 (bench, alternating runs): item
 * page 44 → 50.5 req/s, the no-data floor page unchanged, peak RSS +40 MiB.
 */
export function heapArgs(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const mb = Number(env.LVZHI_MAX_HEAP_MB ?? "512");
  return Number.isInteger(mb) && mb >= 128 ? [`--max-old-space-size=${mb}`, "--max-semi-space-size=32"] : [];
}
