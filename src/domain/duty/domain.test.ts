import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildArchive, countCharacters, computePoints, DEFAULT_RULES, DUTY_RECORD_TYPES, endDayProblem, imageSize, isSaneImageSize, lowActivity, MANUAL_TYPES, pastDayProblem, quarterOf, ruleProblem, rulesForYear } from ".";
import { TRAINING_AUDIENCES, LEARNING_KINDS } from "./record-types";
import { DUTY_TYPE_OF_STATION_EVENT, receptionDayHeld } from "./derived";
import { STATION_EVENT_KINDS } from "@/domain/stations/kinds";

const NOW = new Date("2026-11-28T02:00:00Z"); // 10:00 in Shanghai

function schemaEnum(name: string): string[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
  return body.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("//"));
}

describe("record types", () => {
  it("match the schema's enums, in order", () => {
    expect(schemaEnum("DutyRecordType")).toEqual([...DUTY_RECORD_TYPES]);
    expect(schemaEnum("TrainingAudience")).toEqual([...TRAINING_AUDIENCES]);
    expect(schemaEnum("LearningKind")).toEqual([...LEARNING_KINDS]);
  });
  it("keep suggestions and votes out of what a deputy types in", () => {
    expect(MANUAL_TYPES).not.toContain("SUGGESTION");
    expect(MANUAL_TYPES).not.toContain("VOTE");
    expect(MANUAL_TYPES).toContain("MEDIATION");
  });
});

describe("countCharacters", () => {
  it("counts each Han character, each word or number once, and no punctuation or spaces", () => {
    expect(countCharacters("学习宪法 2026 年 law")).toBe(7);
    expect(countCharacters("“学习，实践。”")).toBe(4);
    expect(countCharacters("   \n\t ,.!?")).toBe(0);
    expect(countCharacters("GDP增长5.2%")).toBe(5); // GDP 增 长 5 2
    expect(countCharacters("a".repeat(1000))).toBe(1);
  });
});

describe("points", () => {
  it("multiply points by count and stop at the yearly cap", () => {
    const records = Array.from({ length: 12 }, () => ({ type: "MEDIATION" as const }));
    const s = computePoints([...records, { type: "INSPECTION" }], DEFAULT_RULES);
    expect(s.byType).toEqual([
      { type: "INSPECTION", count: 1, raw: 4, points: 4, capped: false },
      { type: "MEDIATION", count: 12, raw: 24, points: 20, capped: true },
    ]);
    expect(s.byCategory).toEqual({ LEARNING: 0, SUPERVISION: 4, CONTACT: 20, PROPOSALS: 0 });
    expect(s.total).toBe(24);
  });

  it("use the year's own rules, else the latest earlier year's, else the defaults", () => {
    const stored = [
      { year: 2025, type: "STUDY" as const, points: 9, yearlyCap: 90 },
      { year: 2027, type: "STUDY" as const, points: 1, yearlyCap: 5 },
    ];
    expect(rulesForYear(stored, 2024)).toEqual({ table: DEFAULT_RULES, fromYear: null });
    expect(rulesForYear(stored, 2026).table.STUDY).toEqual({ points: 9, yearlyCap: 90 });
    expect(rulesForYear(stored, 2026).fromYear).toBe(2025);
    expect(rulesForYear(stored, 2027).table.STUDY).toEqual({ points: 1, yearlyCap: 5 });
    expect(rulesForYear(stored, 2027).table.TRAINING).toEqual(DEFAULT_RULES.TRAINING);
  });

  it("refuse rules that are not whole numbers in range", () => {
    expect(ruleProblem({ points: 3, yearlyCap: 30 })).toBeNull();
    expect(ruleProblem({ points: -1, yearlyCap: 30 })).toBe("points");
    expect(ruleProblem({ points: 1.5, yearlyCap: 30 })).toBe("points");
    expect(ruleProblem({ points: 1, yearlyCap: 5000 })).toBe("yearlyCap");
  });
});

describe("dates", () => {
  it("refuse a future day, a malformed one and one too old", () => {
    expect(pastDayProblem("2026-11-28", NOW)).toBeNull();
    expect(pastDayProblem("2026-11-29", NOW)).toBe("duty.errors.dateFuture");
    expect(pastDayProblem("2026-02-30", NOW)).toBe("duty.errors.dateInvalid");
    expect(pastDayProblem("2019-01-01", NOW)).toBe("duty.errors.dateTooOld");
  });
  it("refuse an end before the start and a span over 60 days", () => {
    expect(endDayProblem("2026-05-02", "2026-05-01", NOW)).toBe("duty.errors.endBeforeStart");
    expect(endDayProblem("2026-05-01", "2026-05-03", NOW)).toBeNull();
    expect(endDayProblem("2026-01-01", "2026-05-03", NOW)).toBe("duty.errors.spanTooLong");
    expect(endDayProblem("2026-11-01", "2026-12-03", NOW)).toBe("duty.errors.dateFuture");
    expect(endDayProblem("2026-11-01", "2026-12-03", NOW, true)).toBeNull();
  });
  it("find the quarter", () => {
    expect(quarterOf("2026-11-28")).toEqual({ year: 2026, quarter: 4, firstDay: "2026-10-01" });
    expect(quarterOf("2026-03-31")).toEqual({ year: 2026, quarter: 1, firstDay: "2026-01-01" });
  });
});

describe("archive", () => {
  it("counts only the year's confirmed records, sums study output and suggestion outcomes", () => {
    const a = buildArchive({
      year: 2026,
      rules: DEFAULT_RULES,
      records: [
        { id: "b", type: "STATION_DUTY", date: "2026-03-01", status: "CONFIRMED", place: "站", origin: "MANUAL" },
        { id: "a", type: "STUDY", date: "2026-03-01", status: "CONFIRMED", place: "会议室", origin: "MANUAL" },
        { id: "c", type: "STUDY", date: "2025-12-31", status: "CONFIRMED", place: "x", origin: "MANUAL" },
        { id: "d", type: "STUDY", date: "2026-04-01", status: "SUBMITTED", place: "x", origin: "MANUAL" },
      ],
      suggestions: [
        { id: "s1", trackingNumber: "JY-2026-000002-X", title: "t", stage: "CLOSED", satisfaction: "SATISFIED", isLead: true },
        { id: "s2", trackingNumber: "JY-2026-000001-X", title: "t", stage: "HANDLING", satisfaction: null, isLead: false },
      ],
      training: [{ courseId: "t1", title: "培训", startsOn: "2026-06-01", attended: true }],
      reflections: [{ id: "r", title: "心得", studiedOn: "2026-05-01", charCount: 1200 }],
    });
    expect(a.confirmed.map((r) => r.id)).toEqual(["a", "b"]);
    expect(a.pendingCount).toBe(1);
    expect(a.points.total).toBe(2 + 3);
    expect(a.stationDuty).toBe(1);
    expect(a.suggestions).toMatchObject({ total: 2, closed: 1, satisfied: 1 });
    expect(a.suggestions.list.map((s) => s.id)).toEqual(["s2", "s1"]);
    expect(a.study).toMatchObject({ sessions: 1, reflections: 1, characters: 1200 });
    expect(a.training).toMatchObject({ enrolled: 1, attended: 1 });
  });
  it("lists the least active deputies first", () => {
    const rows = [
      { deputyId: "a", recordsThisQuarter: 5 },
      { deputyId: "b", recordsThisQuarter: 1 },
      { deputyId: "c", recordsThisQuarter: 0 },
    ];
    expect(lowActivity(rows).map((r) => r.deputyId)).toEqual(["c", "b"]);
  });
});

describe("image headers", () => {
  it("read PNG, JPEG and WebP sizes and refuse absurd ones", () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000280000001e00806000000", "hex");
    expect(imageSize(png, "image/png")).toEqual({ width: 640, height: 480 });
    const jpeg = Buffer.from("ffd8ffe000104a46494600010100000100010000ffc0001108012c019003012200021101031101", "hex");
    expect(imageSize(jpeg, "image/jpeg")).toEqual({ width: 400, height: 300 });
    const webp = Buffer.concat([Buffer.from("RIFF\0\0\0\0WEBPVP8X", "latin1"), Buffer.alloc(8), Buffer.from([0x1f, 0x03, 0x00, 0x57, 0x02, 0x00])]);
    expect(imageSize(webp, "image/webp")).toEqual({ width: 800, height: 600 });
    expect(isSaneImageSize({ width: 640, height: 480 })).toBe(true);
    expect(isSaneImageSize({ width: 100_000, height: 480 })).toBe(false);
    expect(isSaneImageSize({ width: 0, height: 480 })).toBe(false);
    expect(isSaneImageSize(null)).toBe(false);
  });
});

describe("derived records' rules", () => {
  it("type each station event kind, 面对面 as FACE_TO_FACE", () => {
    expect(Object.keys(DUTY_TYPE_OF_STATION_EVENT).sort()).toEqual([...STATION_EVENT_KINDS].sort());
    expect(DUTY_TYPE_OF_STATION_EVENT.FACE_TO_FACE).toBe("FACE_TO_FACE");
    expect(DUTY_TYPE_OF_STATION_EVENT.LECTURE).toBe("PROMOTION");
    expect(Object.values(DUTY_TYPE_OF_STATION_EVENT).every((t) => (DUTY_RECORD_TYPES as readonly string[]).includes(t))).toBe(true);
  });
  it("count a reception day once it has been held", () => {
    expect(receptionDayHeld("2026-11-27", "11:30", NOW)).toBe(true);
    expect(receptionDayHeld("2026-11-28", "09:30", NOW)).toBe(true); // 10:00 in Shanghai
    expect(receptionDayHeld("2026-11-28", "10:00", NOW)).toBe(true);
    expect(receptionDayHeld("2026-11-28", "10:01", NOW)).toBe(false);
    expect(receptionDayHeld("2026-11-29", "09:00", NOW)).toBe(false);
  });
});
