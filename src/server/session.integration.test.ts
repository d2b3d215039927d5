import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { useTestDatabase } from "../../tests/helpers/test-db";
import { asActor, seedSessionToken, seedUser, TEST_PASSWORD, testContext } from "../../tests/factories/users";
import { changeOwnPassword } from "./account/commands";
import { resolveSessionUser } from "./session";
import { changeRole, resetPassword, setActive } from "./users/commands";

const db = useTestDatabase();
const NOW = 1_800_000_000;
const token = (u: { id: string; role: "ADMIN" | "AUDITOR" | "STAFF" | "LEADER" | "DEPUTY" | "UNIT" | "STATION_MANAGER"; sessionVersion: number }, at = NOW): Promise<JWT> =>
  seedSessionToken(db(), u, at);

describe("session judged on every request", () => {
  it("resolves a fresh token to the user, with their scope", async () => {
    const u = await seedUser(db(), { role: "DEPUTY" });
    expect(await resolveSessionUser(await token(u), NOW + 60)).toMatchObject({ id: u.id, role: "DEPUTY", unitId: null });
  });

  it("ends after 30 idle minutes and after 12 hours", async () => {
    const u = await seedUser(db());
    const t = await token(u);
    expect(await resolveSessionUser(t, NOW + 30 * 60)).toBeNull();
    expect(await resolveSessionUser({ ...t, lastSeen: NOW + 12 * 3600 - 10 }, NOW + 12 * 3600)).toBeNull();
    expect(await resolveSessionUser({ ...t, lastSeen: NOW + 11 * 3600 }, NOW + 11 * 3600 + 60)).not.toBeNull();
  });

  it("refuses forged or malformed tokens", async () => {
    const u = await seedUser(db());
    const other = await seedUser(db());
    const t = await token(u);
    expect(await resolveSessionUser({ ...t, role: "ADMIN" }, NOW)).toMatchObject({ role: "STAFF" });
    expect(await resolveSessionUser({ ...t, sub: other.id }, NOW)).toBeNull();
    expect(await resolveSessionUser({ ...t, sid: "00000000-0000-7000-8000-000000000000" }, NOW)).toBeNull();
    expect(await resolveSessionUser({ ...t, sid: "' OR 1=1 --" }, NOW)).toBeNull();
    expect(await resolveSessionUser({ ...t, sid: undefined }, NOW)).toBeNull();
    expect(await resolveSessionUser({ ...t, sv: "1" }, NOW)).toBeNull();
    expect(await resolveSessionUser({ ...t, role: "ROOT" }, NOW)).toBeNull();
    expect(await resolveSessionUser(null, NOW)).toBeNull();
  });

  it("ends one session when it is signed out, leaving the user's other sessions", async () => {
    const u = await seedUser(db());
    const [laptop, phone] = [await token(u), await token(u)];
    await db().userSession.update({ where: { id: String(laptop.sid) }, data: { revokedAt: new Date() } });
    expect(await resolveSessionUser(laptop, NOW + 1)).toBeNull();
    expect(await resolveSessionUser(phone, NOW + 1)).not.toBeNull();
  });

  describe("ends every session of a user at once when", () => {
    const cases = [
      ["they are disabled", (admin: ReturnType<typeof asActor>, id: string) => setActive(admin, id, false, testContext())],
      ["their role changes", (admin: ReturnType<typeof asActor>, id: string) => changeRole(admin, id, "LEADER", testContext())],
      ["an administrator resets their password", (admin: ReturnType<typeof asActor>, id: string) => resetPassword(admin, id, "Brand#NewPassword9", testContext())],
    ] as const;
    it.each(cases)("%s", async (_label, change) => {
      const admin = asActor(await seedUser(db(), { role: "ADMIN" }));
      const u = await seedUser(db());
      const t = await token(u);
      expect(await resolveSessionUser(t, NOW + 1)).not.toBeNull();
      await change(admin, u.id);
      expect(await resolveSessionUser(t, NOW + 2)).toBeNull();
    });

    it("they change their own password", async () => {
      const u = await seedUser(db());
      const t = await token(u);
      await changeOwnPassword(asActor(u), { currentPassword: TEST_PASSWORD, newPassword: "Fresh#Password2027" }, testContext());
      expect(await resolveSessionUser(t, NOW + 2)).toBeNull();
    });
  });
});
