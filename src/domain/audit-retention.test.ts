import { describe, expect, it } from "vitest";
import { auditRetentionCutoff, ZAuditRetentionDays } from "./audit-retention";

describe("audit retention", () => {
  it("refuses fewer than 184 days", () => {
    expect(ZAuditRetentionDays.safeParse(183).success).toBe(false);
    expect(ZAuditRetentionDays.safeParse("90").success).toBe(false);
    expect(ZAuditRetentionDays.parse(184)).toBe(184);
    expect(ZAuditRetentionDays.parse(undefined)).toBe(365);
  });

  it("puts the cutoff the retention period back, and refuses a short one", () => {
    const now = new Date("2026-11-28T00:00:00Z");
    expect(auditRetentionCutoff(now, 184).toISOString()).toBe("2026-05-28T00:00:00.000Z");
    expect(() => auditRetentionCutoff(now, 30)).toThrow();
  });
});
