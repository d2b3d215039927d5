import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { seedSessionToken, testContext } from "../../../tests/factories/users";
import { loadSessionHolder } from "../auth/session-holder";
import { seedLoopWorld, suggestionInput } from "../../../tests/factories/items";
import { submitItem, transitionItem } from "../items/commands";
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "./notifications";

const db = useTestDatabase();
const T0 = new Date("2026-03-02T02:00:00Z");

describe("a user's notifications", () => {
  it("list the transitions that need them, count unread, and are marked read only by their owner", async () => {
    const w = await seedLoopWorld(db());
    const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), T0);
    await transitionItem(w.cast.staff, id, "accept", {}, testContext(), T0);
    await transitionItem(w.cast.staff, id, "assign", { leadUnitId: w.units.lead.id }, testContext(), T0);
    await transitionItem(w.cast.leadUnit, id, "signFor", {}, testContext(), T0);

    const unit = w.cast.leadUnit;
    expect(await unreadNotificationCount(unit)).toBe(1);
    // the shell's header reads the same count with the session (one query per page)
    const { sid } = await seedSessionToken(db(), { id: unit.id, role: "UNIT", sessionVersion: 0 }, Math.floor(Date.now() / 1000));
    expect((await loadSessionHolder(sid, unit.id))?.unreadNotifications).toBe(1);
    const list = await listNotifications(unit, 1);
    expect(list.rows).toMatchObject([{ kind: "assign", readAt: null, item: { id } }]);
    const [first] = list.rows;
    if (!first) throw new Error("no notification");

    // someone else cannot mark it, nor see it
    expect(await markNotificationRead(w.cast.otherUnit, first.id)).toBe(0);
    expect((await listNotifications(w.cast.otherUnit, 1)).total).toBe(0);
    expect(await markNotificationRead(unit, "not-a-uuid")).toBe(0);
    expect(await unreadNotificationCount(unit)).toBe(1);

    expect(await markNotificationRead(unit, first.id)).toBe(1);
    expect(await unreadNotificationCount(unit)).toBe(0);
    expect((await loadSessionHolder(sid, unit.id))?.unreadNotifications).toBe(0);
    expect((await listNotifications(unit, 1, true)).total).toBe(0);
    expect((await listNotifications(unit, 1)).total).toBe(1);

    // staff hear of the drafted reply (signing for told nobody); "mark all" marks only the caller's
    await transitionItem(w.cast.leadUnit, id, "draftReply", { resultClass: "A", text: "已解决。" }, testContext(), T0);
    expect(await unreadNotificationCount(w.cast.staff)).toBe(1);
    expect(await markAllNotificationsRead(w.cast.otherUnit)).toBe(0);
    expect(await unreadNotificationCount(w.cast.staff)).toBeGreaterThanOrEqual(1);
    expect(await markAllNotificationsRead(w.cast.staff)).toBeGreaterThanOrEqual(1);
    expect(await unreadNotificationCount(w.cast.staff)).toBe(0);
  });
});
