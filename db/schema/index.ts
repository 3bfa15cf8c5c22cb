export * from "./enums";
export * from "./questions";
export * from "./users";
export * from "./auth-tokens";
export * from "./mail";
export * from "./rate-limits";
export * from "./interviews";
export * from "./scores";
