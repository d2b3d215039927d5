/** A closed-loop load generator: `concurrency` workers, each sending its next request when the last one answered. */
export type TLoadResult = { label: string; requests: number; errors: number; statuses: Record<string, number>; p50: number; p95: number; max: number; rps: number; seconds: number; kib: number };

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] as number;
}

export async function runLoad(
  label: string,
  urls: readonly string[],
  opts: { concurrency: number; seconds: number; warmup: number; headers: Record<string, string>; onMeasure?: () => void },
): Promise<TLoadResult> {
  let n = 0;
  const next = () => urls[n++ % urls.length] as string;
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const once = async (): Promise<{ ms: number; ok: boolean }> => {
    const url = next();
    const started = performance.now();
    try {
      const res = await fetch(url, { headers: opts.headers, redirect: "manual" });
      const body = await res.arrayBuffer(); // read before adding: `bytes +=` across an await loses updates
      bytes += body.byteLength;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      return { ms: performance.now() - started, ok: res.status === 200 };
    } catch {
      statuses.network = (statuses.network ?? 0) + 1;
      return { ms: performance.now() - started, ok: false };
    }
  };
  for (let i = 0; i < opts.warmup; i += opts.concurrency) await Promise.all(Array.from({ length: opts.concurrency }, once));
  const times: number[] = [];
  let errors = 0;
  bytes = 0;
  opts.onMeasure?.(); // the warm-up is over: what is measured starts here
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < deadline) {
        const r = await once();
        times.push(r.ms);
        if (!r.ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { label, requests: times.length, errors, statuses, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1) ?? NaN, rps: times.length / seconds, seconds, kib: bytes / Math.max(1, times.length) / 1024 };
}
