/**
 * Recordings in S3-compatible object storage (AWS S3, MinIO, Ceph, R2…). Uploads stream through
 * lib-storage's Upload: one PutObject for a small recording, multipart (5 MiB parts, a few at a
 * time) for a large one, aborted on error so no half object stays. Checksums only where the
 * protocol requires them, since many S3-compatible servers do not know the newer ones.
 */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable, Transform } from "node:stream";
import { assertRecordingKey, RECORDINGS_PREFIX } from "./keys";
import { StorageObjectMissingError, type TRecordingStorage } from "./storage";

export interface TS3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.$metadata.httpStatusCode === 404 || error.name === "NoSuchKey" || error.name === "NotFound";
}

/** "bytes 0-99/12345" → 12345 */
function totalFromContentRange(contentRange: string | undefined): number | null {
  const match = /\/(\d+)$/.exec(contentRange ?? "");
  return match ? Number(match[1]) : null;
}

export function s3RecordingStorage(settings: TS3Settings): TRecordingStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  });
  const Bucket = settings.bucket;

  return {
    kind: "s3",
    async put(key, body, contentType) {
      assertRecordingKey(key);
      let bytes = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.byteLength;
          done(null, chunk);
        },
      });
      body.once("error", (error) => counted.destroy(error));
      body.pipe(counted);
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: counted, ContentType: contentType }, queueSize: 2, leavePartsOnError: false });
      // The body's own error (the size limit) must win over the SDK's wrapping of it.
      const bodyFailed = new Promise<never>((_, reject) => body.once("error", reject));
      await Promise.race([upload.done(), bodyFailed]).catch(async (error: unknown) => {
        await upload.abort().catch(() => {});
        throw error;
      });
      return { bytes };
    },
    async head(key) {
      assertRecordingKey(key);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async get(key, range) {
      assertRecordingKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
        const size = totalFromContentRange(object.ContentRange) ?? object.ContentLength ?? 0;
        const stream = object.Body instanceof Readable ? object.Body : Readable.from([]);
        return { stream, size, contentType: object.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (isNotFound(error)) throw new StorageObjectMissingError(key);
        throw error;
      }
    },
    async delete(key) {
      assertRecordingKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async *list(prefix) {
      if (!prefix.startsWith(RECORDINGS_PREFIX)) throw new Error("Refusing a listing outside the recordings");
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
        for (const object of page.Contents ?? []) if (object.Key) yield { key: object.Key, lastModified: object.LastModified ?? new Date(0) };
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
