/**
 * DATA_DIR/rehearse.lock holds the pid of the process using the embedded database: a second start on
 * the same DATA_DIR fails fast, naming that pid, instead of touching the data; a stale lock is taken over.
 */
import fs from "node:fs";
import path from "node:path";
import { EmbeddedPostgresError } from "./embedded-error";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "rehearse.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (Number.isInteger(owner) && isProcessAlive(owner)) {
        throw new EmbeddedPostgresError(
          `DATA_DIR ${dataDir} is already in use by another Rehearse process (pid ${owner}). ` +
            "Stop that process first, or point DATA_DIR at another folder.",
        );
      }
      // The previous owner died without cleaning up: the lock is stale.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new EmbeddedPostgresError(`Could not take the lock ${lockFile}; another process keeps recreating it.`);
}
