/**
 * Enum values that pages offer as filters, as plain constants: routes and UI may not
 * import Prisma (eslint), so they import these. vocabulary.test.ts keeps them equal to the schema.
 */
export const DEPUTY_LEVELS = ["NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY", "TOWNSHIP"] as const;
export type TDeputyLevel = (typeof DEPUTY_LEVELS)[number];

/** In the schema's (and the sort's) order: township stations, contact points, specialty, industry. */
export const STATION_KINDS = ["TOWNSHIP", "CONTACT_POINT", "SPECIALTY", "INDUSTRY"] as const;
export type TStationKind = (typeof STATION_KINDS)[number];

export const UNIT_KINDS = ["GOVERNMENT_DEPARTMENT", "JUDICIAL", "PUBLIC_INSTITUTION", "ENTERPRISE", "OTHER"] as const;
export type TUnitKind = (typeof UNIT_KINDS)[number];

export const AUDIT_RESULTS = ["SUCCESS", "FAILURE", "DENIED"] as const;
export type TAuditResult = (typeof AUDIT_RESULTS)[number];
