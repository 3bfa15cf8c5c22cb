/**
 * The database a launcher works on: DATABASE_URL when set, else an embedded PostgreSQL in DATA_DIR.
 * Either way process.env.DATABASE_URL is set afterwards, so server code finds it the same way.
 * The embedded server is supervised: restarted when it exits, stopped with the launcher.
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
    // A postmaster that dies (killed, crashed) is started again on the same port; the app's pools
    // reconnect on their next query. If it cannot be brought back, the whole app stops (SIGTERM runs
    // the launcher's orderly shutdown) so a process manager can restart it, rather than serving 503s forever.
    supervise: {
      onGiveUp: (error) => {
        say(`${error.message}; stopping Rehearse`);
        process.kill(process.pid, "SIGTERM");
      },
    },
  });
  say(`Embedded PostgreSQL ready on 127.0.0.1:${server.port} (${Date.now() - started} ms, data in ${server.clusterDir})`);
  process.env.DATABASE_URL = server.url;
  process.env.REHEARSE_EMBEDDED_DB = "true";
  resetEnvCache();
  return { url: server.url, embedded: true, stop: () => server.stop() };
}
