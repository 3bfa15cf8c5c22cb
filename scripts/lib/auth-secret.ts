import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resetEnvCache, type TEnv } from "@/server/env";
import { fail, say } from "./console-log";

/**
 * AUTH_SECRET signs sessions. A local run needs no configuration: one is generated on first start
 * and kept in DATA_DIR. A production server on an external database must be given one explicitly,
 * because several processes (and restarts on other machines) have to share it.
 */
export function ensureAuthSecret(env: TEnv): void {
  if (env.AUTH_SECRET) return;
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    fail("AUTH_SECRET: required in production with an external DATABASE_URL (at least 32 characters, e.g. `openssl rand -base64 32`).");
  }
  const file = path.join(path.resolve(env.DATA_DIR), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    say(`Generated AUTH_SECRET in ${file}`);
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  resetEnvCache();
}
