/**
 * Idempotency-Key for the two actions a dropped connection must not repeat: starting an interview
 * (it spends quota) and submitting an answer. The key row is inserted in the same transaction as
 * the action, so: a retry after success replays the first result; a retry after a failure (the
 * transaction rolled back, the key with it) runs again; concurrent requests with one key queue on
 * the unique index and all but the first replay. Keys are per user and expire after a day.
 */
import crypto from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { TDatabase, TTransaction } from "@/db";
import { idempotencyKeys, users } from "@/db/schema";
import { isRowGone } from "@/db/row-gone";
import { AppError } from "@/server/errors";
import { isLockConflict, retryLockConflicts } from "@/server/lock-conflicts";
import { databaseErrorCode } from "@/server/log-errors";
import { preparedOn } from "./prepared-in-transaction";

export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
export const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key, or null when absent; a malformed one is a 400 naming the header. */
export function idempotencyKeyFrom(headers: Headers | null | undefined): string | null {
  const raw = headers?.get(IDEMPOTENCY_KEY_HEADER);
  if (raw === null || raw === undefined) return null;
  const key = raw.trim();
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("VALIDATION_ERROR", "The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID is a good key).", {
      fields: { "Idempotency-Key": "invalid" },
    });
  }
  return key;
}

function requestHash(scope: string, request: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify([scope, request])).digest("hex");
}

export interface TIdempotentResult<T> {
  result: T;
  /** True when this is a replay of an earlier request with the same key. */
  replayed: boolean;
}

/**
 * Handed to the action: `saveResponse` stores its response under the key without waiting, so the
 * action can send it together with its own last statements (postgres.js pipelines statements issued
 * on a transaction without awaiting: one round trip for all). Without a key it does nothing.
 */
export interface TIdempotencyHandle<T> {
  saveResponse(result: T): Promise<unknown>;
}

const noKey: TIdempotencyHandle<never> = { saveResponse: () => Promise.resolve() };

const placeholder = <T>(name: string) => sql.placeholder(name) as unknown as T;

/**
 * One statement: a new key is inserted, an expired one is taken over as if new, and a live one (or one
 * still being processed, whose transaction this waits for) returns no row. Built once and run on each
 * transaction's connection (preparedOn): building it cost ~0.15 ms of CPU per start and submit.
 */
function claimQuery(tx: TTransaction) {
  const fields = { scope: placeholder<string>("scope"), requestHash: placeholder<string>("requestHash"), status: placeholder<number>("status"), response: {} };
  const expiresAt = sql`now() + make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;
  return tx
    .insert(idempotencyKeys)
    .values({ userId: placeholder<string>("userId"), key: placeholder<string>("key"), ...fields, expiresAt })
    .onConflictDoUpdate({
      target: [idempotencyKeys.userId, idempotencyKeys.key],
      set: { ...fields, createdAt: sql`now()`, expiresAt },
      setWhere: lt(idempotencyKeys.expiresAt, sql`now()`),
    })
    .returning({ key: idempotencyKeys.key });
}

/** The response saved under the key (prepared the same way). */
function saveQuery(tx: TTransaction) {
  return tx
    .update(idempotencyKeys)
    .set({ response: placeholder<Record<string, unknown>>("response") })
    .where(and(eq(idempotencyKeys.userId, sql.placeholder("userId")), eq(idempotencyKeys.key, sql.placeholder("key"))));
}

let claimStatement: ReturnType<ReturnType<typeof claimQuery>["prepare"]> | undefined;
let saveStatement: ReturnType<ReturnType<typeof saveQuery>["prepare"]> | undefined;

type TClaimOptions = {
  userId: string;
  key: string;
  scope: string;
  request: unknown;
  status: number;
  /**
   * Called right after the key's claim is sent, before its answer: reads the action will need, sent
   * in the claim's round trip (pipelined). On a replay they are read for nothing; they must not write.
   */
  withClaim?: (tx: TTransaction) => void;
  /**
   * Locks the action takes before the key's row is written (only with a key). That row references
   * the user, so the claim holds the user row from then on; an action that then waits for rows an
   * account's deletion locks first (a question row) deadlocked with it (server/accounts/delete-account.ts).
   */
  beforeClaim?: (tx: TTransaction) => Promise<void>;
};

/** A key claimed for this request (save the response with `save`), or the response of the request that claimed it first. */
export type TIdempotencyClaim<T> = { replayed: true; response: T } | { replayed: false; save: (result: T) => Promise<unknown> };

function refuseOtherRequest(first: { scope: string; requestHash: string }, scope: string, hash: string): void {
  if (first.scope !== scope || first.requestHash !== hash) {
    throw new AppError("CONFLICT", "This Idempotency-Key was already used for a different request. Send a new key for a new action.", {
      reason: "idempotency_key_reused",
    });
  }
}

/**
 * Claims the key in `tx`, the transaction that does the action: the claim commits or rolls back with
 * it. A key whose first request is still running waits here for its transaction; once that commits, its
 * response is the replay (a different request under the same key: 409).
 */
export async function claimIdempotencyKey<T>(tx: TTransaction, options: TClaimOptions): Promise<TIdempotencyClaim<T>> {
  const { userId, key, scope } = options;
  const hash = requestHash(scope, options.request);
  const claiming = preparedOn((claimStatement ??= claimQuery(tx).prepare("idempotency_claim")), tx).execute({ userId, key, scope, requestHash: hash, status: options.status });
  options.withClaim?.(tx);
  const inserted = await claiming;
  if (inserted.length === 0) {
    const [first] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!first) throw new AppError("CONFLICT", "A request with this Idempotency-Key is still being processed. Try again in a moment.", { reason: "idempotency_key_in_use" });
    refuseOtherRequest(first, scope, hash);
    return { replayed: true, response: first.response as T };
  }
  return { replayed: false, save: (result) => preparedOn((saveStatement ??= saveQuery(tx).prepare("idempotency_save")), tx).execute({ userId, key, response: result }) };
}

/**
 * The response of an earlier request under this key, if one committed and has not expired, read
 * before any work: an action with a costly first step (storing an upload) skips it on a replay.
 * Null when the key is new; 409 when it was used for a different request.
 */
export async function findIdempotentReplay<T>(db: TDatabase, options: Omit<TClaimOptions, "status" | "withClaim">): Promise<T | null> {
  const [first] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, options.userId), eq(idempotencyKeys.key, options.key), sql`${idempotencyKeys.expiresAt} > now()`));
  if (!first) return null;
  refuseOtherRequest(first, options.scope, requestHash(options.scope, options.request));
  return first.response as T;
}

/**
 * Runs the action under its key in one transaction. A lock conflict PostgreSQL resolved by aborting
 * this transaction (a deadlock no lock order here prevents) rolled it back whole: it runs again, and
 * then sees what the other transaction did. When that was the account's deletion, the key's or the
 * answer's row is refused by its foreign key to the user: the account no longer exists (401), not a 500.
 */
export async function withIdempotency<T extends Record<string, unknown>>(
  db: TDatabase,
  options: Omit<TClaimOptions, "key"> & { key: string | null },
  run: (tx: TTransaction, idempotency: TIdempotencyHandle<T>) => Promise<T>,
): Promise<TIdempotentResult<T>> {
  try {
    return await retryLockConflicts(() => runIdempotent(db, options, run));
  } catch (error) {
    const code = databaseErrorCode(error);
    if ((code === FOREIGN_KEY_VIOLATION || isLockConflict(error)) && (await isRowGone(db, users, options.userId))) {
      throw new AppError("UNAUTHORIZED", "This account no longer exists.");
    }
    throw error;
  }
}

const FOREIGN_KEY_VIOLATION = "23503";

async function runIdempotent<T extends Record<string, unknown>>(
  db: TDatabase,
  options: Omit<TClaimOptions, "key"> & { key: string | null },
  run: (tx: TTransaction, idempotency: TIdempotencyHandle<T>) => Promise<T>,
): Promise<TIdempotentResult<T>> {
  const { key } = options;
  if (key === null) return db.transaction(async (tx) => ({ result: await run(tx, noKey), replayed: false }));
  return db.transaction(async (tx) => {
    await options.beforeClaim?.(tx);
    const claim = await claimIdempotencyKey<T>(tx, { ...options, key });
    if (claim.replayed) return { result: claim.response, replayed: true };
    // What the action saved itself (pipelined); a result other than that is saved here after all.
    let saved: string | null = null;
    const result = await run(tx, {
      saveResponse: (response) => {
        saved = JSON.stringify(response);
        return claim.save(response);
      },
    });
    if (saved !== JSON.stringify(result)) await claim.save(result);
    return { result, replayed: false };
  });
}
