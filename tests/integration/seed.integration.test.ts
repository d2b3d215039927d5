import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { seedDemo, type TSeedReport } from "../../prisma/seed/demo";
import { ROLES } from "@/domain/roles";
import { verifyPassword } from "@/server/auth/password";
import { createTestDatabase, useTestDatabase } from "../helpers/test-db";

const db = useTestDatabase();

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NANYANG = "411300";
const XIANGCHENG = "411025";

let first: TSeedReport;

async function rowCounts() {
  const p = db.prisma;
  return {
    regions: await p.region.count(),
    committees: await p.standingCommittee.count(),
    specialCommittees: await p.specialCommittee.count(),
    delegations: await p.delegation.count(),
    units: await p.handlingUnit.count(),
    users: await p.user.count(),
    stations: await p.liaisonStation.count(),
    groups: await p.professionalGroup.count(),
    deputies: await p.deputy.count(),
    groupMembers: await p.groupMember.count(),
    stationDeputies: await p.stationDeputy.count(),
  };
}

beforeAll(async () => {
  first = await seedDemo(db.prisma);
}, 120_000);

describe("demo seed (the bulletin's 南阳市 and 襄城县)", () => {
  it("gives Nanyang nine professional groups, each led by a different special committee of Nanyang", async () => {
    const groups = await db.prisma.professionalGroup.findMany({
      where: { committee: { region: { code: NANYANG } } },
      select: { name: true, committeeId: true, leadCommittee: { select: { id: true, committeeId: true } }, _count: { select: { members: true } } },
    });
    expect(groups).toHaveLength(9);
    expect(new Set(groups.map((g) => g.leadCommittee.id)).size).toBe(9);
    for (const g of groups) {
      expect(g.leadCommittee.committeeId).toBe(g.committeeId);
      expect(g._count.members).toBeGreaterThanOrEqual(5);
    }
    expect(groups.map((g) => g.name)).toEqual(expect.arrayContaining(["经济专业代表小组", "农业专业代表小组", "法治专业代表小组"]));
  });

  it("gives Nanyang 29 industry stations, among them pig farming, jade carving and sweet potato", async () => {
    const stations = await db.prisma.liaisonStation.findMany({
      where: { kind: "INDUSTRY", region: { parent: { code: NANYANG } } },
      select: { theme: true, _count: { select: { deputies: true } } },
    });
    expect(stations).toHaveLength(29);
    expect(stations.map((s) => s.theme)).toEqual(expect.arrayContaining(["生猪养殖", "玉雕", "红薯"]));
    expect(stations.every((s) => s._count.deputies > 0)).toBe(true);
    const tanghe = await db.prisma.liaisonStation.findFirstOrThrow({ where: { theme: "红薯" }, select: { region: { select: { name: true } } } });
    expect(tanghe.region.name).toBe("唐河县");
  });

  it("gives Xiangcheng 16 township stations, 1 contact point and specialty stations (16+1+N)", async () => {
    const township = await db.prisma.liaisonStation.count({ where: { kind: "TOWNSHIP", region: { parent: { code: XIANGCHENG } } } });
    const contact = await db.prisma.liaisonStation.findMany({ where: { kind: "CONTACT_POINT", region: { code: XIANGCHENG } }, select: { name: true } });
    const specialty = await db.prisma.liaisonStation.findMany({ where: { kind: "SPECIALTY", region: { code: XIANGCHENG } }, select: { theme: true } });
    const townships = await db.prisma.region.count({ where: { level: "TOWNSHIP", parent: { code: XIANGCHENG } } });
    expect(townships).toBe(16);
    expect(township).toBe(16);
    expect(contact.map((c) => c.name)).toEqual(["县市民之家代表联络点"]);
    expect(specialty.length).toBeGreaterThanOrEqual(1);
    expect(specialty.map((s) => s.theme)).toEqual(expect.arrayContaining(["教育", "卫生健康"]));
  });

  it("gives Xiangcheng 32 government departments as handling units and six professional groups", async () => {
    const units = await db.prisma.handlingUnit.findMany({ where: { committee: { region: { code: XIANGCHENG } } }, select: { name: true, kind: true } });
    expect(units).toHaveLength(32);
    expect(units.every((u) => u.kind === "GOVERNMENT_DEPARTMENT")).toBe(true);
    expect(units.map((u) => u.name)).toEqual(expect.arrayContaining(["襄城县教育局", "襄城县公安局", "襄城县财政局"]));
    expect(await db.prisma.professionalGroup.count({ where: { committee: { region: { code: XIANGCHENG } } } })).toBe(6);
    expect(await db.prisma.handlingUnit.count({ where: { committee: { region: { code: NANYANG } } } })).toBeGreaterThanOrEqual(5);
  });

  it("has deputies at all five levels, in delegations, with fictional names only", async () => {
    const byLevel = await db.prisma.deputy.groupBy({ by: ["level"], _count: true });
    expect(byLevel.map((l) => l.level).sort()).toEqual(["COUNTY", "NATIONAL", "PREFECTURAL", "PROVINCIAL", "TOWNSHIP"]);
    const total = byLevel.reduce((n, l) => n + l._count, 0);
    expect(total).toBeGreaterThanOrEqual(150);
    expect(total).toBeLessThanOrEqual(300);
    expect(await db.prisma.deputy.count({ where: { delegationId: null } })).toBe(0);
    // The bulletin names real deputies: the demo must not reuse them.
    const real = ["秦英林", "刘晓强", "翟春艳", "付中华", "李传红", "海国勇"];
    expect(await db.prisma.deputy.count({ where: { name: { in: real } } })).toBe(0);
  });

  it("has one demo account per role, all signing in with the demo password and scoped as the README says", async () => {
    const users = await db.prisma.user.findMany({
      where: { username: { in: DEMO_ACCOUNTS.map((a) => a.username) } },
      select: {
        username: true, role: true, passwordHash: true, active: true,
        committee: { select: { name: true } },
        unit: { select: { name: true } },
        deputy: { select: { level: true, committee: { select: { name: true } }, _count: { select: { groups: true, stations: true } } } },
        managedStations: { select: { kind: true, region: { select: { parent: { select: { code: true } } } } } },
      },
    });
    const by = new Map(users.map((u) => [u.username, u]));
    for (const role of ROLES) expect(users.some((u) => u.role === role && u.active)).toBe(true);
    for (const u of users) expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(by.get("admin")?.role).toBe("ADMIN");
    expect(by.get("auditor")?.role).toBe("AUDITOR");
    expect(by.get("staff")?.committee?.name).toBe("南阳市人大常委会");
    expect(by.get("leader")?.committee?.name).toBe("南阳市人大常委会");
    expect(by.get("xc-staff")?.committee?.name).toBe("襄城县人大常委会");
    expect(by.get("unit")?.unit?.name).toBe("襄城县教育局");
    const deputy = by.get("deputy")?.deputy;
    expect(deputy).toMatchObject({ level: "PREFECTURAL", committee: { name: "南阳市人大常委会" } });
    expect(deputy?._count.groups).toBeGreaterThanOrEqual(1);
    expect(deputy?._count.stations).toBeGreaterThanOrEqual(1);
    expect(by.get("station")?.managedStations).toEqual([{ kind: "TOWNSHIP", region: { parent: { code: XIANGCHENG } } }]);
  });

  it("adds nothing when run a second time", async () => {
    expect(first.total).toBeGreaterThan(0);
    const before = await rowCounts();
    const second = await seedDemo(db.prisma);
    expect(second.total).toBe(0);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    expect(await rowCounts()).toEqual(before);
    expect(before).toEqual(first.inserted);
  });
});

describe("demo seed on a database that already has some of the demo usernames", () => {
  it("leaves such an account as it is and links no deputy or station to it", async () => {
    const other = await createTestDatabase();
    try {
      const mine = await other.prisma.user.create({
        data: { username: "deputy", displayName: "别人的账号", role: "ADMIN", passwordHash: "not-a-demo-hash" },
      });
      const report = await seedDemo(other.prisma);
      expect(report.foreignAccounts).toEqual(["deputy"]);
      expect(report.inserted.users).toBe(DEMO_ACCOUNTS.length - 1);
      expect(await other.prisma.user.findUniqueOrThrow({ where: { username: "deputy" } })).toEqual(mine);
      expect(await other.prisma.deputy.count({ where: { userId: { not: null } } })).toBe(0);
      expect(await other.prisma.liaisonStation.count({ where: { managerId: { not: null } } })).toBe(1);
    } finally {
      await other.close();
    }
  }, 120_000);
});

describe("npm run db:seed", () => {
  it("refuses to run with NODE_ENV=production, before opening any database", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lvzhi-seed-prod-"));
    const dataDir = path.join(dir, "data");
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LVZHI_DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      const run = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed/index.ts"], {
        cwd: ROOT,
        env,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("NODE_ENV=production");
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
