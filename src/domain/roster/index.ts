export * from "./columns";
export * from "./fields";
export * from "./validate";
