import { describe, expect, it } from "vitest";
import { DeputyLevel, StationKind, UnitKind } from "@/generated/prisma/enums";
import { DEPUTY_LEVELS, STATION_KINDS, UNIT_KINDS } from "./vocabulary";

describe("directory vocabulary", () => {
  it("lists exactly the schema's enum values, in the schema's order", () => {
    expect(DEPUTY_LEVELS).toEqual(Object.values(DeputyLevel));
    expect(STATION_KINDS).toEqual(Object.values(StationKind));
    expect(UNIT_KINDS).toEqual(Object.values(UnitKind));
  });
});
