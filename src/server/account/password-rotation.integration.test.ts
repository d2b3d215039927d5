import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { asActor, seedSessionToken, seedUser, TEST_PASSWORD, testContext } from "../../../tests/factories/users";
import { ActionRefusal } from "../actions";
import { resolveSessionUser } from "../session";
import { resetPassword } from "../users/commands";
import { changeOwnPassword } from "./commands";

const db = useTestDatabase();
const DAY = 24 * 3600;

describe("password history and expiry (security.md #1)", () => {
  it("refuses any of the last five passwords and accepts a sixth-oldest one", async () => {
    const u = await seedUser(db(), { role: "STAFF" });
    const passwords = [TEST_PASSWORD, "Second#Pass2027a", "Third#Pass2027bb", "Fourth#Pass2027c", "Fifth#Pass2027dd", "Sixth#Pass2027ee"];
    for (let i = 1; i < passwords.length; i++) {
      await changeOwnPassword(asActor(u), { currentPassword: passwords[i - 1]!, newPassword: passwords[i]! }, testContext());
    }
    const current = passwords[5]!;
    for (const old of passwords.slice(1, 5)) {
      const refused = await changeOwnPassword(asActor(u), { currentPassword: current, newPassword: old }, testContext()).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ActionRefusal);
      expect((refused as ActionRefusal).messageKey).toBe("password.reused");
    }
    // passwords[0] is the sixth counting the current one: out of the window of five
    await changeOwnPassword(asActor(u), { currentPassword: current, newPassword: passwords[0]! }, testContext());
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHistory).toHaveLength(4);
    expect(row.passwordHistory.join()).not.toContain("Pass2027");
  });

  it("applies the history to an administrator's reset too", async () => {
    const admin = asActor(await seedUser(db(), { role: "ADMIN" }));
    const u = await seedUser(db(), { role: "DEPUTY" });
    const refused = await resetPassword(admin, u.id, TEST_PASSWORD, testContext()).catch((e: unknown) => e);
    expect((refused as ActionRefusal).messageKey).toBe("password.reused");
  });

  it("marks a session whose password is older than 180 days as expired, and a fresh one not", async () => {
    const u = await seedUser(db(), { role: "STAFF" });
    const now = Math.floor(Date.now() / 1000);
    const token = await seedSessionToken(db(), u, now);
    expect(await resolveSessionUser(token, now + 60)).toMatchObject({ passwordExpired: false });
    await db().user.update({ where: { id: u.id }, data: { passwordChangedAt: new Date((now - 181 * DAY) * 1000) } });
    expect(await resolveSessionUser(token, now + 60)).toMatchObject({ passwordExpired: true });
  });
});
