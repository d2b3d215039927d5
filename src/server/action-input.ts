import "server-only";

/** security.md #15: a server action must come from our own origin; a missing Origin is refused. */
export function sameOrigin(h: Headers): boolean {
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A form's fields as a plain object for zod, without Next's own `$ACTION…` fields. */
export function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // NUL cannot be typed into a form and PostgreSQL refuses it in text: drop it (found by fuzzing)
    out[key] = typeof value === "string" ? value.replaceAll("\u0000", "") : value;
  }
  return out;
}
