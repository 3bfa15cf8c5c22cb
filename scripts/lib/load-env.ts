import { EnvError, getEnv, resetEnvCache, type TEnv } from "@/server/env";
import { fail } from "./console-log";

/** Validates the environment for a launcher; a bad value ends the process with the named problem. */
export function loadEnvOrExit(): TEnv {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  try {
    resetEnvCache();
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }
}
