export * from "./errors";
export * from "./stages";
export * from "./window";
export * from "./ballot";
export * from "./supervision";
