/** Date rules of the six-stage loop: Shanghai days, the working-day calendar, default data, deadlines. */
export * from "./shanghai";
export * from "./working-days";
export * from "./schedule";
export * from "./cn-2026";
export * from "./deadlines";
