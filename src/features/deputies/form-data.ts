/** A form's fields as an object, keeping every value of the multi-value fields (checkbox lists). */
const LIST_FIELDS = new Set(["groupIds", "stationIds", "clear"]);

export function deputyFormRecord(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    if (LIST_FIELDS.has(key)) ((out[key] ??= []) as FormDataEntryValue[]).push(value);
    else out[key] = value;
  }
  return out;
}
