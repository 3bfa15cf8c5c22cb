import type { TS3Settings } from "./s3-storage";
import { beforeReading, type TRecordingStorage } from "./storage";

/**
 * The S3 storage, its SDK loaded on first use: @aws-sdk/client-s3 and lib-storage took 2.2 s to import here,
 * paid by every process that imports the app (each web process, the worker, each isolated test file) even
 * when recordings go to the local folder, as they do by default.
 */
export function lazyS3Storage(settings: TS3Settings): TRecordingStorage {
  let loaded: Promise<TRecordingStorage> | undefined;
  const storage = () => (loaded ??= import("./s3-storage").then((module) => module.s3RecordingStorage(settings)));
  return {
    kind: "s3",
    put: async (key, body, contentType) => (await beforeReading(body, storage)).put(key, body, contentType),
    head: async (key) => (await storage()).head(key),
    get: async (key, range) => (await storage()).get(key, range),
    delete: async (key) => (await storage()).delete(key),
    async *list(prefix) {
      yield* (await storage()).list(prefix);
    },
  };
}
