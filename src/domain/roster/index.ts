export * from "./columns";
export * from "./fields";
export * from "./validate";
export * from "./deputy-form";
