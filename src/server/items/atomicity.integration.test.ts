import { describe, expect, it, vi } from "vitest";
import { parseTrackingNumber } from "@/domain/tracking-number";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { seedLoopWorld, suggestionInput } from "../../../tests/factories/items";
import { submitItem, transitionItem } from "./commands";

/** The audit row is the last write of every command: failing there must undo everything before it. */
const failAudit = vi.hoisted(() => ({ on: false }));
vi.mock("@/server/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/audit")>();
  return {
    ...real,
    writeAudit: async (...args: Parameters<typeof real.writeAudit>) => {
      await real.writeAudit(...args);
      if (failAudit.on) throw new Error("simulated failure after the audit row");
    },
  };
});

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");

async function failing<T>(run: () => Promise<T>): Promise<void> {
  failAudit.on = true;
  try {
    await expect(run()).rejects.toThrow("simulated failure");
  } finally {
    failAudit.on = false;
  }
}

describe("a failure part-way saves nothing", () => {
  it("leaves no item, history, audit row or used tracking number behind a failed submission", async () => {
    const w = await seedLoopWorld(db());
    const [items, history, audit] = [await db().item.count(), await db().itemHistory.count(), await db().auditLog.count()];
    const counter = await db().trackingCounter.findUnique({ where: { source_year: { source: "GRID_REPORT", year: 2026 } } });
    const input = suggestionInput({ source: "GRID_REPORT" });
    await failing(() => submitItem(w.cast.deputy, input, testContext(), T0));
    expect([await db().item.count(), await db().itemHistory.count(), await db().auditLog.count()]).toEqual([items, history, audit]);
    // the number was given back: the retry (same key) gets the very number the failed attempt took
    const retry = await submitItem(w.cast.deputy, input, testContext(), T0);
    expect(retry.created).toBe(true);
    expect(parseTrackingNumber(retry.trackingNumber)?.sequence).toBe(counter?.next ?? 1);
  });

  it("leaves the item, its units, history and notifications as they were after a failed transition", async () => {
    const w = await seedLoopWorld(db());
    const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
    await transitionItem(w.cast.staff, id, "accept", {}, testContext(), T0);
    const snapshot = async () => ({
      item: await db().item.findUniqueOrThrow({ where: { id } }),
      units: await db().itemUnit.count({ where: { itemId: id } }),
      history: await db().itemHistory.count({ where: { itemId: id } }),
      notifications: await db().notification.count({ where: { itemId: id } }),
      audit: await db().auditLog.count(),
    });
    const before = await snapshot();
    await failing(() => transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.lead.id, coUnitIds: [w.units.co.id] }, testContext(), T0));
    expect(await snapshot()).toEqual(before);
    await transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.lead.id, coUnitIds: [w.units.co.id] }, testContext(), T0);
    const after = await snapshot();
    expect(after).toMatchObject({ units: 2, history: before.history + 1, audit: before.audit + 1, item: { stage: "ASSIGNED", version: 3 } });
    expect(after.notifications).toBeGreaterThan(before.notifications);
  });
});
