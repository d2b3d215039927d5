import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, resolveLocale } from "./config";

describe("locale resolution", () => {
  it("keeps the two supported locales", () => {
    expect(resolveLocale("zh-CN")).toBe("zh-CN");
    expect(resolveLocale("en")).toBe("en");
  });

  it.each([undefined, null, "", "fr", "EN", "zh", "zh-cn", "en-US", "../../etc/passwd", "<script>", "x".repeat(10_000), 42, {}])(
    "falls back to Chinese for %j",
    (value) => {
      expect(resolveLocale(value)).toBe(DEFAULT_LOCALE);
      expect(DEFAULT_LOCALE).toBe("zh-CN");
    },
  );
});
