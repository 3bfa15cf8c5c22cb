/**
 * The recording storage this process uses: S3-compatible when S3_BUCKET is set, else the folder
 * DATA_DIR/recordings. Built once from the environment; tests swap it with setRecordingStorage.
 */
import path from "node:path";
import { getEnv } from "@/server/env";
import { localRecordingStorage } from "./local-storage";
import { lazyS3Storage } from "./lazy-s3-storage";
import type { TRecordingStorage } from "./storage";

export type { TRecordingStorage, TStoredObject } from "./storage";
export { StorageObjectMissingError } from "./storage";

let current: TRecordingStorage | undefined;

export function storageFromEnv(): TRecordingStorage {
  const env = getEnv();
  if (env.S3_BUCKET) {
    return lazyS3Storage({
      bucket: env.S3_BUCKET,
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
    });
  }
  return localRecordingStorage(path.join(env.DATA_DIR, "recordings"));
}

export function recordingStorage(): TRecordingStorage {
  current ??= storageFromEnv();
  return current;
}

/** Tests: use this storage (or, with undefined, the environment's again). */
export function setRecordingStorage(storage: TRecordingStorage | undefined): void {
  current = storage;
}
