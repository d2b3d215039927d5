import { formEntries } from "@/lib/form-entries";
/** A form's fields as an object, keeping every value of the multi-value fields (checkbox lists). */
const LIST_FIELDS = new Set(["groupIds", "stationIds", "clear"]);

export function deputyFormRecord(input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formEntries(input)) {
    if (LIST_FIELDS.has(key)) ((out[key] ??= []) as FormDataEntryValue[]).push(value);
    else out[key] = value;
  }
  return out;
}
