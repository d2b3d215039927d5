import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/demo";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { can } from "@/domain/permissions";
import { ROLES } from "@/domain/roles";
import { ForbiddenError } from "@/server/errors";
import type { TActor } from "../authz";
import { actorFor, allPages, NANYANG, regionIdsUnder } from "./fixtures";
import { getOwnUnit, listUnits } from "./units";

const db = useTestDatabase();

let staff: TActor;
let xcStaff: TActor;
let unit: TActor;
let xcEducationId: string;

beforeAll(async () => {
  await seedDemo(db());
  staff = await actorFor(db(), "staff");
  xcStaff = await actorFor(db(), "xc-staff");
  unit = await actorFor(db(), "unit");
  xcEducationId = (await db().handlingUnit.findFirstOrThrow({ where: { name: "襄城县教育局" } })).id;
}, 120_000);

const everything = (actor: TActor) => allPages((page) => listUnits(actor, { page }));

describe("handling units", () => {
  it("lists to Nanyang staff exactly the units of Nanyang's regions, none of Xiangcheng's", async () => {
    const nanyang = await regionIdsUnder(db(), NANYANG);
    const expected = (await db().handlingUnit.findMany({ select: { id: true, regionId: true } })).filter((u) => nanyang.has(u.regionId));
    const rows = await everything(staff);
    expect(rows.map((u) => u.id).sort()).toEqual(expected.map((u) => u.id).sort());
    expect(rows.map((u) => u.id)).not.toContain(xcEducationId);
  });

  it("lists Xiangcheng's 32 departments to Xiangcheng staff, sorted by name", async () => {
    const rows = await everything(xcStaff);
    expect(rows.map((u) => u.id)).toContain(xcEducationId);
    expect(rows.length).toBeGreaterThanOrEqual(32);
    const names = rows.map((u) => u.name);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  it("filters by kind", async () => {
    const page = await listUnits(xcStaff, { kind: "JUDICIAL" });
    expect(page.items.every((u) => u.kind === "JUDICIAL")).toBe(true);
  });

  it("shows a unit account its own unit only", async () => {
    const own = await getOwnUnit(unit);
    expect(own).toMatchObject({ id: xcEducationId, name: "襄城县教育局" });
    expect(own?.regionPath).toEqual(["河南省", "许昌市", "襄城县"]);
    const other = await actorFor(db(), "ny-unit");
    expect((await getOwnUnit(other))?.name).toBe("南阳市农业农村局");
    expect(await getOwnUnit({ ...unit, unitId: null })).toBeNull();
    await expect(listUnits(unit)).rejects.toBeInstanceOf(ForbiddenError);
  });

  const noList = ROLES.filter((role) => !can(role, "unit:read"));
  it.each(noList)("refuses %s the unit directory", async (role) => {
    await expect(listUnits({ ...staff, role })).rejects.toBeInstanceOf(ForbiddenError);
  });

  const noOwn = ROLES.filter((role) => !can(role, "unit:readOwn"));
  it.each(noOwn)("refuses %s the own-unit view, even with a unit id", async (role) => {
    await expect(getOwnUnit({ ...unit, role })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
