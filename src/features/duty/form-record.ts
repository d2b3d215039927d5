import { formEntries } from "@/lib/form-entries";

/** The points-rules form: "STUDY.points" style names of the rules table become { rules: { STUDY: { points } } }. */
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
