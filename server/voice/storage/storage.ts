/**
 * Where recordings' audio lives, behind one interface: a folder under DATA_DIR (local-storage.ts) or
 * S3-compatible object storage (s3-storage.ts), chosen by configuration (index.ts). Keys are made by
 * the server (keys.ts), never from user text. Bodies stream in and out; nothing buffers a whole file.
 */
import type { Readable } from "node:stream";

export interface TStoredObject {
  /** The requested bytes (all of them, or the range asked for). */
  stream: Readable;
  /** The whole object's size in bytes (not the range's). */
  size: number;
  contentType: string;
}

export interface TListedObject {
  key: string;
  lastModified: Date;
}

export interface TRecordingStorage {
  readonly kind: "local" | "s3";
  /** Stores the stream under `key`; the object appears whole or not at all. Rejects with the stream's own error (a 413 from the size limit). */
  put(key: string, body: Readable, contentType: string): Promise<{ bytes: number }>;
  /** The object's size and type, or null when there is none. */
  head(key: string): Promise<{ size: number; contentType: string } | null>;
  /** Bytes `start`..`end` (inclusive) or all of them; StorageObjectMissingError when there is none. */
  get(key: string, range?: { start: number; end: number }): Promise<TStoredObject>;
  /** Deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix` (the orphan sweep). */
  list(prefix: string): AsyncIterable<TListedObject>;
}

/**
 * Runs a put's set-up (a folder made, the SDK loaded) with the body's error kept: a body that fails
 * meanwhile (a client gone) makes the put reject with its own error instead of an uncaught stream error,
 * which would end the process. The put's own listeners take over once it starts reading.
 */
export async function beforeReading<T>(body: Readable, setUp: () => Promise<T>): Promise<T> {
  let early: { error: unknown } | undefined;
  const remember = (error: unknown) => (early ??= { error });
  body.once("error", remember);
  let value: T;
  try {
    value = await setUp();
  } finally {
    body.off("error", remember);
  }
  if (early) throw early.error;
  return value;
}

export class StorageObjectMissingError extends Error {
  constructor(key: string) {
    super(`No stored object for ${key}`);
    this.name = "StorageObjectMissingError";
  }
}
