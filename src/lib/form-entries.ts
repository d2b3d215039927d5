/**
 * The fields of a submitted form, the one way every action reads them: Next's own `$ACTION…`
 * fields left out, NUL removed from text (it cannot be typed into a form and PostgreSQL refuses
 * it in text; found by fuzzing). A server action can be called directly with any arguments, not
 * only a FormData: anything else has no fields, so the action's strict schema refuses it instead
 * of the action failing with a 500 (issue 8's action sweep posts such calls).
 */
export function formEntries(input: unknown): [string, FormDataEntryValue][] {
  if (!(input instanceof FormData)) return [];
  const out: [string, FormDataEntryValue][] = [];
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    out.push([key, typeof value === "string" ? value.replaceAll("\u0000", "") : value]);
  }
  return out;
}

/** A form's fields as an object for zod; the named multi-value fields (checkbox groups) are always lists. */
export function formRecord(input: unknown, lists: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of lists) out[key] = [];
  for (const [key, value] of formEntries(input)) {
    if (lists.includes(key)) (out[key] as FormDataEntryValue[]).push(value);
    else out[key] = value;
  }
  return out;
}
