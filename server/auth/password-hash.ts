/**
 * Password hashing with argon2id at the OWASP Password Storage Cheat Sheet's baseline
 * (m = 19 MiB, t = 2, p = 1). Hashes are PHC strings ("$argon2id$v=19$m=19456,t=2,p=1$…"),
 * so the parameters travel with each hash and needsRehash can upgrade old ones at sign-in.
 */
import { randomBytes } from "node:crypto";
import { hash, parseOptions, verify, type Algorithm, type Options, type Version } from "@node-rs/argon2";
import { AppError } from "@/server/errors";
import { PASSWORD_MAX } from "@/server/contracts/vocabulary/passwords";
import { countCodePoints } from "./password-policy";

// The package declares these as ambient const enums, which isolatedModules forbids reading as values;
// the numbers are the package's documented values (Algorithm.Argon2id = 2, Version.V0x13 = 1 i.e. v=19).
const ARGON2ID: Algorithm.Argon2id = 2;
const VERSION_19: Version.V0x13 = 1;

const HASH_OPTIONS = {
  algorithm: ARGON2ID,
  version: VERSION_19,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const satisfies Options;

/** The library's default salt length; shorter salts in old hashes are worth replacing. */
const MIN_SALT_BYTES = 16;

/** Checked before any hashing, so a megabyte "password" cannot buy a megabyte of argon2 work. */
function isOverLong(password: string): boolean {
  return countCodePoints(password, PASSWORD_MAX) > PASSWORD_MAX;
}

/**
 * New hashes (sign-up, password change and reset) made at once per process. argon2 runs on libuv's
 * thread pool, 4 threads shared with sign-in checks, file reads and DNS; a burst of 100 sign-ups put
 * 100 hashes in its queue, and a sign-in's verify (inside the sign-in gate, holding a database
 * connection) or any file read waited behind all of them, while 4 hashing threads per web process
 * starved the job worker sending the verification emails (bench:faults, docs/performance.md). Two
 * leave half the pool to everything else and still keep a core busy per process. The parameters are
 * untouched; a sign-up only waits its turn (holding no connection: register hashes before its transaction).
 */
export const HASH_CONCURRENCY = 2;

interface HashSlots {
  running: number;
  waiting: Array<() => void>;
}

// One per process, whichever copy of this module (the Next bundle may hold several, as the launcher's).
const globalForHashing = globalThis as unknown as { rehearseHashSlots?: HashSlots };

async function inHashSlot<T>(work: () => Promise<T>): Promise<T> {
  const slots = (globalForHashing.rehearseHashSlots ??= { running: 0, waiting: [] });
  if (slots.running >= HASH_CONCURRENCY) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.running += 1;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line (still counted as running), or is given back.
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running -= 1;
  }
}

export async function hashPassword(password: string): Promise<string> {
  if (isOverLong(password)) {
    throw new AppError("VALIDATION_ERROR", `Use at most ${PASSWORD_MAX} characters.`, { field: "password", fields: { password: `at most ${PASSWORD_MAX} characters` } });
  }
  return inHashSlot(() => hash(password, HASH_OPTIONS));
}

/** False for a wrong password, an over-long one, or a stored hash that is not a valid PHC string. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (isOverLong(password)) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    // A corrupt or foreign hash must read as "wrong password", never as a 500 that reveals the account exists.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash of random bytes nobody knows, made with the current parameters on first use. */
function getDummyHash(): Promise<string> {
  dummyHash ??= hash(randomBytes(32).toString("base64url"), HASH_OPTIONS).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  return dummyHash;
}

/**
 * For sign-in with an unknown email (or an account without a password): does the same argon2 work
 * as verifyPassword so the response time does not tell which emails have accounts. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  if (isOverLong(password)) return false;
  await verifyPassword(await getDummyHash(), password);
  return false;
}

/** True when the hash was made with weaker settings than today's (or cannot be read): rehash after a successful sign-in. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const current = parseOptions(passwordHash);
    return (
      current.algorithm !== HASH_OPTIONS.algorithm ||
      current.version !== HASH_OPTIONS.version ||
      current.memoryCost < HASH_OPTIONS.memoryCost ||
      current.timeCost < HASH_OPTIONS.timeCost ||
      current.outputLen < HASH_OPTIONS.outputLen ||
      current.saltLen < MIN_SALT_BYTES
    );
  } catch {
    return true;
  }
}
