// Moved to server/contracts/interviews.ts (client-safe); this path stays for existing importers.
export * from "@/server/contracts/interviews";
