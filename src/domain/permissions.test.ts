import { describe, expect, it } from "vitest";
import { Role } from "@/generated/prisma/enums";
import { navigationFor } from "./navigation";
import { PERMISSIONS, ROLE_PERMISSIONS, can } from "./permissions";
import { ROLES } from "./roles";

describe("role → permission table", () => {
  it("knows exactly the roles of the database enum", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });

  it("grants only declared permissions", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it("keeps administrator, auditor and business duties apart (三员分立)", () => {
    expect(ROLE_PERMISSIONS.AUDITOR.filter((p) => !p.startsWith("home") && !p.startsWith("account"))).toEqual(["audit:read"]);
    for (const role of ROLES.filter((r) => r !== "AUDITOR")) expect(can(role, "audit:read")).toBe(false);
    for (const role of ROLES.filter((r) => r !== "ADMIN")) expect(can(role, "user:manage")).toBe(false);
    for (const p of ["deputy:read", "station:read", "unit:read", "dashboard:view"] as const) {
      expect(can("ADMIN", p)).toBe(false);
      expect(can("AUDITOR", p)).toBe(false);
    }
  });

  it("lets leaders read but not write the registers", () => {
    expect(can("LEADER", "deputy:read")).toBe(true);
    expect(can("LEADER", "deputy:write")).toBe(false);
    expect(can("STAFF", "deputy:write")).toBe(true);
  });
});

describe("navigation", () => {
  it("gives every role a home and its own set of entries (staff and leaders read the same registers)", () => {
    const keys = (r: (typeof ROLES)[number]) => navigationFor(r).map((i) => i.key).join(",");
    for (const role of ROLES) expect(navigationFor(role)[0]?.key).toBe("home");
    const others = ROLES.filter((r) => r !== "LEADER").map(keys);
    expect(new Set(others).size).toBe(others.length);
    // …apart from what only staff manage (loop jobs: the committee's deadline settings)
    const registers = navigationFor("STAFF").filter((i) => i.permission !== "loopSettings:manage");
    expect(keys("LEADER")).toBe(registers.map((i) => i.key).join(","));
  });

  it("shows the audit log to the auditor only and user management to the admin only", () => {
    expect(navigationFor("AUDITOR").map((i) => i.key)).toEqual(["home", "audit", "account"]);
    expect(navigationFor("ADMIN").map((i) => i.key)).toEqual(["home", "users", "account"]);
    expect(navigationFor("UNIT").map((i) => i.key)).toEqual(["home", "items", "myUnit", "account", "livelihood"]);
  });

  it("shows the item list to the roles of the loop and the submission form to deputies, staff and station managers only", () => {
    for (const role of ROLES) {
      expect(navigationFor(role).some((i) => i.key === "items")).toBe(["STAFF", "LEADER", "DEPUTY", "UNIT", "STATION_MANAGER"].includes(role));
      expect(can(role, "item:submit")).toBe(role === "STAFF" || role === "DEPUTY" || role === "STATION_MANAGER");
    }
  });
});

describe("livelihood projects (issue 7)", () => {
  it("lets staff run them, deputies vote, units report and leaders read", () => {
    for (const role of ROLES) {
      expect(can(role, "livelihood:manage")).toBe(role === "STAFF");
      expect(can(role, "livelihood:vote")).toBe(role === "DEPUTY");
      expect(can(role, "livelihood:report")).toBe(role === "UNIT");
      expect(can(role, "livelihood:read")).toBe(["STAFF", "LEADER", "DEPUTY", "UNIT"].includes(role));
    }
  });
});
