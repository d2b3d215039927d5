import { describe, expect, it } from "vitest";
import { ROLES } from "@/domain/roles";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { asActor, seedUser, testContext } from "../../../tests/factories/users";
import { ActionRefusal } from "../actions";
import { authenticate } from "../auth/authenticate";
import { ForbiddenError } from "../errors";
import { changeRole, createUser, resetPassword, setActive } from "./commands";
import { listUsers } from "./queries";

const db = useTestDatabase();
const input = (username: string) => ({ username, displayName: "王工作", role: "DEPUTY" as const, password: "Strong#Pass2026x" });

describe("account administration", () => {
  it("lets an administrator create an account that can then sign in, and audits it", async () => {
    const admin = asActor(await seedUser(db(), { role: "ADMIN" }));
    const ctx = testContext();
    const { id } = await createUser(admin, input("new.deputy"), ctx);
    expect((await authenticate({ username: "new.deputy", password: "Strong#Pass2026x" }, testContext())).ok).toBe(true);
    expect(await db().auditLog.findFirst({ where: { requestId: ctx.requestId } })).toMatchObject({ action: "user.create", objectId: id, actorId: admin.id });
  });

  it.each(ROLES.filter((r) => r !== "ADMIN"))("refuses %s", async (role) => {
    const actor = asActor(await seedUser(db(), { role }));
    const target = await seedUser(db());
    await expect(createUser(actor, input(`x-${role.toLowerCase()}`), testContext())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setActive(actor, target.id, false, testContext())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeRole(actor, target.id, "ADMIN", testContext())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetPassword(actor, target.id, "Strong#Pass2026x", testContext())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(actor, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().user.findUniqueOrThrow({ where: { id: target.id }, select: { active: true, role: true } })).toEqual({ active: true, role: "STAFF" });
  });

  it("refuses weak passwords, taken names, missing scopes and acting on oneself", async () => {
    const admin = asActor(await seedUser(db(), { role: "ADMIN" }));
    await expect(createUser(admin, { ...input("weak.one"), password: "short" }, testContext())).rejects.toMatchObject({ messageKey: "password.tooShort", field: "password" });
    await expect(createUser(admin, { ...input("weak.two"), password: "weak.two#Aa12345" }, testContext())).rejects.toMatchObject({ messageKey: "password.containsName" });
    await createUser(admin, input("taken"), testContext());
    await expect(createUser(admin, input("taken"), testContext())).rejects.toMatchObject({ messageKey: "admin.errors.usernameTaken" });
    await expect(createUser(admin, { ...input("staff.noscope"), role: "STAFF" }, testContext())).rejects.toMatchObject({ field: "committeeId" });
    await expect(setActive(admin, admin.id, false, testContext())).rejects.toBeInstanceOf(ActionRefusal);
    expect(await db().user.count({ where: { username: { in: ["weak.one", "weak.two", "staff.noscope"] } } })).toBe(0);
  });

  it("bumps sessionVersion on every change that affects access", async () => {
    const admin = asActor(await seedUser(db(), { role: "ADMIN" }));
    const u = await seedUser(db());
    const sv = async () => (await db().user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion;
    await changeRole(admin, u.id, "LEADER", testContext());
    expect(await sv()).toBe(u.sessionVersion + 1);
    await setActive(admin, u.id, false, testContext());
    await setActive(admin, u.id, true, testContext());
    await resetPassword(admin, u.id, "Another#Pass2026", testContext());
    expect(await sv()).toBe(u.sessionVersion + 4);
  });
});
