/** The shapes moved to server/contracts (client-safe; db/schema stores them); the runner keeps importing them from here. */
export * from "@/server/contracts/vocabulary/code-shapes";
