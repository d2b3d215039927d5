import { describe, expect, it } from "vitest";
import { AuditResult, DeputyLevel, StationKind, UnitKind } from "@/generated/prisma/enums";
import { AUDIT_RESULTS, DEPUTY_LEVELS, STATION_KINDS, UNIT_KINDS } from "./vocabulary";

describe("vocabulary", () => {
  it("lists exactly the schema's enum values, in the schema's order", () => {
    expect(DEPUTY_LEVELS).toEqual(Object.values(DeputyLevel));
    expect(STATION_KINDS).toEqual(Object.values(StationKind));
    expect(UNIT_KINDS).toEqual(Object.values(UnitKind));
    expect(AUDIT_RESULTS).toEqual(Object.values(AuditResult));
  });
});
