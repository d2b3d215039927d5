import { describe, expect, it } from "vitest";
import { AuditResult, DeputyLevel, FollowUpState, ItemSource, ItemStage, Satisfaction, StationKind, UnitKind } from "@/generated/prisma/enums";
import { TRACKING_SOURCES } from "./tracking-number";
import { AUDIT_RESULTS, DEPUTY_LEVELS, STATION_KINDS, UNIT_KINDS } from "./vocabulary";
import { FOLLOW_UP_STATES, SATISFACTIONS, STAGES } from "./workflow/stages";

describe("vocabulary", () => {
  it("lists exactly the schema's enum values, in the schema's order", () => {
    expect(DEPUTY_LEVELS).toEqual(Object.values(DeputyLevel));
    expect(STATION_KINDS).toEqual(Object.values(StationKind));
    expect(UNIT_KINDS).toEqual(Object.values(UnitKind));
    expect(AUDIT_RESULTS).toEqual(Object.values(AuditResult));
  });

  it("keeps the item enums equal to the workflow's and the tracking numbers' constants", () => {
    expect(STAGES).toEqual(Object.values(ItemStage));
    expect(TRACKING_SOURCES).toEqual(Object.values(ItemSource));
    expect(SATISFACTIONS).toEqual(Object.values(Satisfaction));
    expect(FOLLOW_UP_STATES).toEqual(Object.values(FollowUpState));
  });
});
