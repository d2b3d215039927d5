/** Duty records, points, study output and the yearly archive: pure rules (issue 5). */
export * from "./record-types";
export * from "./points";
export * from "./char-count";
export * from "./dates";
export * from "./archive";
export * from "./image-size";
export * from "./derived";
