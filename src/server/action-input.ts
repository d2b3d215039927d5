import "server-only";
import { formEntries } from "@/lib/form-entries";

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

/**
 * An action's input as a plain object for zod: a form's fields (see formEntries), or the object a
 * direct call sent, with NUL removed from its text; anything else (a string, a list, null) has no
 * fields, so the strict schema refuses it.
 */
export function formToObject(input: unknown): Record<string, unknown> {
  if (input instanceof FormData) return Object.fromEntries(formEntries(input));
  if (typeof input !== "object" || input === null || Array.isArray(input)) return {};
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, withoutNul(v)]));
}

function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("\u0000", "");
  if (Array.isArray(value)) return value.map(withoutNul);
  return value;
}
