/**
 * The one lookup of procedures by their dotted path ("health.get"): the REST adapter's success
 * statuses, the OpenAPI document and the metrics' route templates all read procedure metadata here.
 */
import { appRouter } from "./root";
import type { TProcedureMeta } from "./trpc";

interface TProcedureEntry {
  _def: { meta?: TProcedureMeta; type: "query" | "mutation" | "subscription"; output?: unknown };
}

function procedureMap(): Record<string, TProcedureEntry | undefined> {
  // _def.procedures is keyed by the dotted path; its typing is a nested router shape.
  return appRouter._def.procedures as unknown as Record<string, TProcedureEntry | undefined>;
}

export function hasProcedure(path: string): boolean {
  return procedureMap()[path] !== undefined;
}

export function procedureMeta(path: string | undefined): TProcedureMeta | undefined {
  return path ? procedureMap()[path]?._def.meta : undefined;
}

export interface TProcedureInfo {
  path: string;
  type: TProcedureEntry["_def"]["type"] | undefined;
  meta: TProcedureMeta | undefined;
  /** Whether the procedure declares `.output(...)` (its result is validated and documented). */
  hasOutput: boolean;
}

/** Every procedure with its path and metadata, in the router's order. */
export function listProcedures(): TProcedureInfo[] {
  return Object.entries(procedureMap()).map(([path, entry]) => ({
    path,
    type: entry?._def.type,
    meta: entry?._def.meta,
    hasOutput: entry?._def.output !== undefined,
  }));
}
