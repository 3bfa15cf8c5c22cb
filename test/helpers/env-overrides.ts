/**
 * Environment variables a test changes, always put back. Test files share their worker's process
 * (vitest.config.ts), so a variable one file sets would be seen by the next: a file that writes
 * process.env itself runs isolated, in a process of its own; one that writes it only through these
 * shares. The setup file (worker-database-setup.ts) restores what `setEnv` changed after each test
 * and what `setEnvForFile` changed after the file; `withEnv` restores when its function ends. Each
 * change resets server/env.ts's cache, which is what the app reads.
 */
import { resetEnvCache } from "@/server/env";

/** `undefined` unsets the variable. */
export type TEnvValues = Readonly<Record<string, string | undefined>>;

type TSaved = Map<string, string | undefined>;
const savedForTest: TSaved = new Map();
const savedForFile: TSaved = new Map();

function write(values: TEnvValues): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
}

/** Remembers each variable's value before its first change in this scope, then writes the new ones. */
function override(saved: TSaved, values: TEnvValues): void {
  for (const name of Object.keys(values)) if (!saved.has(name)) saved.set(name, process.env[name]);
  write(values);
}

function restore(saved: TSaved): void {
  if (saved.size === 0) return;
  write(Object.fromEntries(saved));
  saved.clear();
}

/** Sets variables for the rest of this test. */
export function setEnv(values: TEnvValues): void {
  override(savedForTest, values);
}

/** Sets variables for the rest of this test file (call it at the top level or in beforeAll). */
export function setEnvForFile(values: TEnvValues): void {
  override(savedForFile, values);
}

/** Runs `fn` with the variables set, and puts them back when it ends (however it ends). */
export async function withEnv<T>(values: TEnvValues, fn: () => Promise<T> | T): Promise<T> {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  write(values);
  try {
    return await fn();
  } finally {
    write(before);
  }
}

/** After each test (the setup file): what `setEnv` changed. */
export function restoreTestEnv(): void {
  restore(savedForTest);
}

/** After each file (the setup file): what `setEnv` and `setEnvForFile` changed. */
export function restoreFileEnv(): void {
  restore(savedForTest);
  restore(savedForFile);
}
