/**
 * Duty record types (domain.md "Duty records and the duty archive"), in the schema's order
 * (enum DutyRecordType; record-types.test.ts keeps them equal), and the categories the archive
 * sums points by.
 */
export const DUTY_RECORD_TYPES = [
  "STUDY",
  "TRAINING",
  "STATION_DUTY",
  "INSPECTION",
  "RESEARCH",
  "LAW_ENFORCEMENT",
  "SPECIAL_INQUIRY",
  "PROMOTION",
  "MEDIATION",
  "FACE_TO_FACE",
  "GRID_WORK",
  "SUGGESTION",
  "VOTE",
  "GROUP_ACTIVITY",
] as const;
export type TDutyRecordType = (typeof DUTY_RECORD_TYPES)[number];

export const DUTY_RECORD_STATUSES = ["DRAFT", "SUBMITTED", "CONFIRMED", "RETURNED"] as const;
export type TDutyRecordStatus = (typeof DUTY_RECORD_STATUSES)[number];

/** Types the portal derives from its own data (suggestions sponsored, votes cast): never typed in by hand. */
export const DERIVED_ONLY_TYPES: readonly TDutyRecordType[] = ["SUGGESTION", "VOTE"];

/** What a deputy may record themselves. */
export const MANUAL_TYPES: readonly TDutyRecordType[] = DUTY_RECORD_TYPES.filter((t) => !DERIVED_ONLY_TYPES.includes(t));

export const DUTY_CATEGORIES = ["LEARNING", "SUPERVISION", "CONTACT", "PROPOSALS"] as const;
export type TDutyCategory = (typeof DUTY_CATEGORIES)[number];

/** 学习培训 · 监督视察 · 联系群众 · 建议票决 */
export const CATEGORY_OF: Readonly<Record<TDutyRecordType, TDutyCategory>> = {
  STUDY: "LEARNING",
  TRAINING: "LEARNING",
  INSPECTION: "SUPERVISION",
  RESEARCH: "SUPERVISION",
  LAW_ENFORCEMENT: "SUPERVISION",
  SPECIAL_INQUIRY: "SUPERVISION",
  STATION_DUTY: "CONTACT",
  PROMOTION: "CONTACT",
  MEDIATION: "CONTACT",
  FACE_TO_FACE: "CONTACT",
  GRID_WORK: "CONTACT",
  GROUP_ACTIVITY: "CONTACT",
  SUGGESTION: "PROPOSALS",
  VOTE: "PROPOSALS",
};

export function isDutyRecordType(value: unknown): value is TDutyRecordType {
  return typeof value === "string" && (DUTY_RECORD_TYPES as readonly string[]).includes(value);
}

export const TRAINING_AUDIENCES = ["STANDING_MEMBERS", "TOWNSHIP_CHAIRS", "DEPUTIES"] as const;
export type TTrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export const LEARNING_KINDS = ["ARTICLE", "FILE", "LINK"] as const;
export type TLearningKind = (typeof LEARNING_KINDS)[number];
