/**
 * Lock conflicts PostgreSQL resolves by aborting one transaction: a deadlock (40P01) or a
 * serialization failure (40001). The aborted transaction rolled back whole, so it may simply run
 * again; the other one has then finished, and the retry sees what it did.
 */
import { databaseErrorCode } from "./log-errors";

const LOCK_CONFLICTS = new Set(["40P01", "40001"]);

export function isLockConflict(error: unknown): boolean {
  const code = databaseErrorCode(error);
  return code !== undefined && LOCK_CONFLICTS.has(code);
}

/** Runs `transaction` again after a lock conflict, up to `tries` times in all; the last conflict is thrown. */
export async function retryLockConflicts<T>(transaction: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= tries || !isLockConflict(error)) throw error;
    }
  }
}
