/**
 * The database a launcher works on: DATABASE_URL when set, else an embedded PostgreSQL in DATA_DIR.
 * Either way process.env.DATABASE_URL is set afterwards, so server code finds it the same way.
 */
import { startEmbeddedPostgres } from "@/db/embedded";
import { resetEnvCache, type TEnv } from "@/server/env";
import { say } from "./console-log";

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function prepareDatabase(env: TEnv): Promise<PreparedDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir: env.DATA_DIR,
    log: (level, message) => {
      if (level !== "debug" || env.LOG_LEVEL === "debug" || env.LOG_LEVEL === "trace") say(message);
    },
  });
  say(`Embedded PostgreSQL ready on 127.0.0.1:${server.port} (${Date.now() - started} ms, data in ${server.clusterDir})`);
  process.env.DATABASE_URL = server.url;
  process.env.REHEARSE_EMBEDDED_DB = "true";
  resetEnvCache();
  return { url: server.url, embedded: true, stop: () => server.stop() };
}
