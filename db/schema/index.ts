export * from "./enums";
export * from "./questions";
