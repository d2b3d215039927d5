import { describe, expect, it } from "vitest";
import { ZSetLocale, formFields } from "./schemas";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("locale switch input", () => {
  it("accepts the two supported locales", () => {
    expect(ZSetLocale.parse(formFields(form([["locale", "en"]])))).toEqual({ locale: "en" });
    expect(ZSetLocale.parse(formFields(form([["locale", "zh-CN"], ["$ACTION_ID_abc", ""]])))).toEqual({ locale: "zh-CN" });
  });

  it.each([["fr"], [""], ["<script>alert(1)</script>"], ["' OR 1=1 --"], ["x".repeat(10_000)]])("refuses the locale %j", (locale) => {
    expect(ZSetLocale.safeParse(formFields(form([["locale", locale]]))).success).toBe(false);
  });

  it("refuses unknown fields instead of ignoring them", () => {
    expect(ZSetLocale.safeParse(formFields(form([["locale", "en"], ["role", "ADMIN"]]))).success).toBe(false);
    expect(ZSetLocale.safeParse({}).success).toBe(false);
  });
});
