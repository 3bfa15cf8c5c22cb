/** Moved to server/contracts (client-safe vocabulary); this re-export goes once every importer is re-pointed. */
export * from "@/server/contracts/vocabulary/tracks";
