import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
import { seedDeputyContacts } from "../../../prisma/seed/deputy-contacts";
import { rosterRow, rosterXlsx, sessionUserFor, testIdCard } from "../../../tests/factories/roster";
import { testContext } from "../../../tests/factories/users";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { ZDeputyForm, ZOwnProfileForm } from "@/domain/roster/deputy-form";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import type { TSessionUser } from "@/server/session";
import { createDeputy, DeputyInputError, setDeputyActive, updateDeputy, updateOwnProfile } from "./commands";
import { commitImport } from "./import/commit";
import { stageImport } from "./import/stage";
import { decryptField } from "./pii";
import { revealDeputyPii } from "./reveal";

/**
 * Issue 4's authorization matrix, on the real database: only staff create, edit, deactivate and
 * import, and only within their committee's congresses; a deputy edits only the own-profile fields
 * of their own record; a forged deputy id is refused; revealing needs deputy:revealPii and is audited.
 */
const db = useTestDatabase();
const ACCOUNTS = ["admin", "auditor", "staff", "leader", "deputy", "unit", "station", "xc-staff"] as const;
const as: Partial<Record<(typeof ACCOUNTS)[number], TSessionUser>> = {};
const actor = (name: (typeof ACCOUNTS)[number]) => as[name]!;
let nanyangDeputyId: string;
let ownDeputyId: string;
let form: (over?: Record<string, unknown>) => ReturnType<typeof ZDeputyForm.parse>;

beforeAll(async () => {
  await seedDemo(db());
  await seedDeputyContacts(db());
  for (const name of ACCOUNTS) as[name] = await sessionUserFor(db(), name);
  const staff = actor("staff");
  const deputy = await db().deputy.findFirstOrThrow({ where: { committeeId: staff.committeeId!, userId: null }, select: { id: true } });
  nanyangDeputyId = deputy.id;
  ownDeputyId = actor("deputy").deputyId!;
  const region = await db().region.findFirstOrThrow({ where: { code: "411302" } });
  form = (over = {}) =>
    ZDeputyForm.parse({
      name: "矩阵测试代表", gender: "FEMALE", level: "PREFECTURAL", committeeId: staff.committeeId, termNumber: "5", delegationId: "",
      regionId: region.id, workUnit: "", title: "", expertise: "农业", bio: "", idCard: "", phone: "", address: "", ...over,
    });
}, 120_000);

const expectRefused = async (run: () => Promise<unknown>, kind: typeof ForbiddenError | typeof NotFoundError) => expect(run()).rejects.toBeInstanceOf(kind);

describe("who may create, edit and deactivate deputies", () => {
  it("lets only staff create a deputy", async () => {
    for (const name of ACCOUNTS.filter((n) => n !== "staff" && n !== "xc-staff")) {
      await expectRefused(() => createDeputy(actor(name), form(), testContext()), ForbiddenError);
    }
    const created = await createDeputy(actor("staff"), form({ idCard: testIdCard(9001), phone: "13600001111" }), testContext());
    const row = await db().deputy.findUniqueOrThrow({ where: { id: created.id } });
    expect(decryptField("phone", row.phoneCipher!)).toBe("13600001111");
    expect(row.idCardCipher).not.toContain(testIdCard(9001));
    // the same person twice in one congress: refused next to the field
    await expect(createDeputy(actor("staff"), form({ idCard: testIdCard(9001) }), testContext())).rejects.toBeInstanceOf(DeputyInputError);
    // another committee's staff cannot register into Nanyang's congress
    await expect(createDeputy(actor("xc-staff"), form(), testContext())).rejects.toMatchObject({ fieldErrors: { committeeId: ["register.errors.committee"], regionId: ["register.errors.region"] } });
  });

  it("refuses edits by other roles, by other committees' staff, and with a forged id", async () => {
    const data = form({ name: "改名后" });
    for (const name of ACCOUNTS.filter((n) => n !== "staff" && n !== "xc-staff")) {
      await expectRefused(() => updateDeputy(actor(name), nanyangDeputyId, data, testContext()), ForbiddenError);
      await expectRefused(() => setDeputyActive(actor(name), nanyangDeputyId, false, testContext()), ForbiddenError);
    }
    await expectRefused(() => updateDeputy(actor("xc-staff"), nanyangDeputyId, data, testContext()), NotFoundError);
    await expectRefused(() => updateDeputy(actor("staff"), "00000000-0000-4000-8000-000000000000", data, testContext()), NotFoundError);
    await expectRefused(() => updateDeputy(actor("staff"), "not-an-id", data, testContext()), NotFoundError);
    const xuchang = await db().deputy.findFirstOrThrow({ where: { committeeId: actor("xc-staff").committeeId! }, select: { id: true, name: true } });
    await expectRefused(() => updateDeputy(actor("staff"), xuchang.id, data, testContext()), NotFoundError);
    expect((await db().deputy.findUniqueOrThrow({ where: { id: xuchang.id } })).name).toBe(xuchang.name);

    await updateDeputy(actor("staff"), nanyangDeputyId, data, testContext());
    expect((await db().deputy.findUniqueOrThrow({ where: { id: nanyangDeputyId } })).name).toBe("改名后");
    await setDeputyActive(actor("staff"), nanyangDeputyId, false, testContext());
    expect(await db().deputy.findUniqueOrThrow({ where: { id: nanyangDeputyId } })).toMatchObject({ status: "TERMINATED" });
    expect(await db().auditLog.count({ where: { action: { in: ["deputy.update", "deputy.deactivate"] }, objectId: nanyangDeputyId } })).toBe(2);
  });
});

describe("a deputy's own profile", () => {
  it("lets a deputy change their own contact details, expertise and bio, nothing else", async () => {
    const before = await db().deputy.findUniqueOrThrow({ where: { id: ownDeputyId } });
    await updateOwnProfile(actor("deputy"), ZOwnProfileForm.parse({ phone: "139 0000 2222", address: "", expertise: "红薯、电商", bio: "<b>我</b>" }), testContext());
    const after = await db().deputy.findUniqueOrThrow({ where: { id: ownDeputyId } });
    expect(decryptField("phone", after.phoneCipher!)).toBe("13900002222");
    expect(after).toMatchObject({ expertise: ["红薯", "电商"], bio: "<b>我</b>", name: before.name, level: before.level, idCardCipher: before.idCardCipher });
    // the form has no place for register fields or another deputy's id: refused, not ignored
    for (const extra of [{ name: "x" }, { deputyId: nanyangDeputyId }, { level: "NATIONAL" }, { status: "TERMINATED" }]) {
      expect(ZOwnProfileForm.safeParse({ phone: "", address: "", expertise: "", bio: "", ...extra }).success).toBe(false);
    }
  });

  it("refuses the own-profile command to every other role, and register edits to the deputy", async () => {
    const data = ZOwnProfileForm.parse({ phone: "", address: "", expertise: "", bio: "" });
    for (const name of ACCOUNTS.filter((n) => n !== "deputy")) {
      await expectRefused(() => updateOwnProfile(actor(name), data, testContext()), ForbiddenError);
    }
    await expectRefused(() => updateDeputy(actor("deputy"), ownDeputyId, form(), testContext()), ForbiddenError);
  });
});

describe("revealing personal data", () => {
  it("shows staff the clear phone and audits it; refuses and audits everyone else", async () => {
    const audits = (result: "SUCCESS" | "DENIED") => db().auditLog.count({ where: { action: "deputy.pii.reveal", objectId: ownDeputyId, result } });
    const phone = await revealDeputyPii(actor("staff"), ownDeputyId, "phone", testContext());
    expect(phone).toBe("13900002222");
    expect(await audits("SUCCESS")).toBe(1);
    const row = await db().auditLog.findFirstOrThrow({ where: { action: "deputy.pii.reveal", result: "SUCCESS" } });
    expect(JSON.stringify({ ...row, id: String(row.id) })).not.toContain("13900002222");
    expect(row.detail).toEqual({ field: "phone" });
    for (const name of ["leader", "deputy", "unit", "station", "admin", "auditor"] as const) {
      await expectRefused(() => revealDeputyPii(actor(name), ownDeputyId, "phone", testContext()), ForbiddenError);
    }
    expect(await audits("DENIED")).toBe(6);
    await expectRefused(() => revealDeputyPii(actor("xc-staff"), ownDeputyId, "idCard", testContext()), NotFoundError);
  });
});

describe("who may import rosters", () => {
  it("lets only staff stage and commit, each within their own committees", async () => {
    const bytes = await rosterXlsx({ rows: [rosterRow(8001), rosterRow(8002)] });
    const committeeId = actor("staff").committeeId!;
    for (const name of ACCOUNTS.filter((n) => n !== "staff" && n !== "xc-staff")) {
      await expectRefused(() => stageImport(actor(name), { name: "r.xlsx", bytes }, committeeId, testContext()), ForbiddenError);
    }
    await expectRefused(() => stageImport(actor("xc-staff"), { name: "r.xlsx", bytes }, committeeId, testContext()), NotFoundError);
    const staged = await stageImport(actor("staff"), { name: "r.xlsx", bytes }, committeeId, testContext());
    if (!staged.ok || staged.status !== "VALIDATED") throw new Error(`expected a validated roster: ${JSON.stringify(staged)}`);
    for (const name of ACCOUNTS.filter((n) => n !== "staff" && n !== "xc-staff")) {
      await expectRefused(() => commitImport(actor(name), staged.importId, testContext()), ForbiddenError);
    }
    await expectRefused(() => commitImport(actor("xc-staff"), staged.importId, testContext()), NotFoundError);
    await expect(commitImport(actor("staff"), staged.importId, testContext())).resolves.toEqual({ imported: 2 });
  });
});
