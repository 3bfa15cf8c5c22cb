/** Moved to server/contracts (pure, client-safe: the browser's "Run tests" shares it); the runner keeps importing it from here. */
export * from "@/server/contracts/code-summary";
