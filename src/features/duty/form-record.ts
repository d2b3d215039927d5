import { formEntries } from "@/lib/form-entries";

/**
 * A form as a plain object for the duty schemas: list-valued fields (several checked deputies)
 * stay lists, Next's own `$ACTION…` fields are dropped, and "STUDY.points" style names of the
 * rules table become { rules: { STUDY: { points } } }.
 */
export function formRecord(input: unknown, lists: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formEntries(input)) {
    if (lists.includes(key)) ((out[key] ??= []) as FormDataEntryValue[]).push(value);
    else out[key] = value;
  }
  for (const key of lists) out[key] ??= [];
  return out;
}

export function rulesRecord(input: unknown): Record<string, unknown> {
  const rules: Record<string, Record<string, string>> = {};
  let year: FormDataEntryValue | undefined;
  for (const [key, value] of formEntries(input)) {
    if (key === "year") year = value;
    const m = /^([A-Z_]+)\.(points|yearlyCap)$/.exec(key);
    if (m && typeof value === "string") (rules[m[1]!] ??= {})[m[2]!] = value;
  }
  return { year, rules };
}
