import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeS3Server, type TFakeS3Server } from "@/test/helpers/fake-s3-server";
import { newRecordingKey } from "./keys";
import { lazyS3Storage } from "./lazy-s3-storage";
import { localRecordingStorage } from "./local-storage";
import { s3RecordingStorage } from "./s3-storage";
import { StorageObjectMissingError, type TRecordingStorage } from "./storage";

let s3: TFakeS3Server;
let folder: string;
const backends: Record<string, () => TRecordingStorage> = {
  local: () => localRecordingStorage(folder),
  s3: () => s3RecordingStorage({ bucket: "voice", endpoint: s3.endpoint, region: "us-east-1", accessKeyId: "test", secretAccessKey: "test", forcePathStyle: true }),
  // What storageFromEnv() gives with S3_BUCKET set: the same storage, its SDK imported on first use.
  "s3, SDK loaded on first use": () =>
    lazyS3Storage({ bucket: "voice", endpoint: s3.endpoint, region: "us-east-1", accessKeyId: "test", secretAccessKey: "test", forcePathStyle: true }),
};

beforeAll(async () => {
  s3 = await startFakeS3Server();
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "rehearse-storage-"));
});
afterAll(async () => {
  await s3.close();
  await fs.rm(folder, { recursive: true, force: true });
});

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("latin1");
}

/** A stream that yields some bytes, then fails (as the upload's size limit does). */
function failingStream(): Readable {
  return new Readable({
    read() {
      this.push(Buffer.alloc(1024, 1));
      this.destroy(new Error("too large"));
    },
  });
}

describe.each(Object.keys(backends))("recording storage: %s", (name) => {
  it("stores a stream and reads it back whole and by range, with its type and size", async () => {
    const storage = backends[name]!();
    const key = newRecordingKey(randomUUID());
    const { bytes } = await storage.put(key, Readable.from([Buffer.from("RIFF"), Buffer.from("0123456789")]), "audio/wav");
    expect(bytes).toBe(14);
    expect(await storage.head(key)).toEqual({ size: 14, contentType: "audio/wav" });
    const whole = await storage.get(key);
    expect(await text(whole.stream)).toBe("RIFF0123456789");
    const part = await storage.get(key, { start: 4, end: 7 });
    expect(part.size).toBe(14);
    expect(await text(part.stream)).toBe("0123");
  });

  it("streams a recording larger than one multipart part intact", async () => {
    const storage = backends[name]!();
    const key = newRecordingKey(randomUUID());
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;
    const { bytes } = await storage.put(key, Readable.from(Array.from({ length: 7 }, () => chunk)), "audio/wav");
    expect(bytes).toBe(7 * chunk.length);
    const tail = await storage.get(key, { start: 7 * chunk.length - 3, end: 7 * chunk.length - 1 });
    expect([...Buffer.from(await text(tail.stream), "latin1")]).toEqual([...chunk.subarray(-3)]);
  });

  it("leaves nothing behind when the body fails part way", async () => {
    const storage = backends[name]!();
    const user = randomUUID();
    const key = newRecordingKey(user);
    await expect(storage.put(key, failingStream(), "audio/wav")).rejects.toThrow(/too large/);
    expect(await storage.head(key)).toBeNull();
    const listed = [];
    for await (const object of storage.list(`recordings/${user}/`)) listed.push(object);
    expect(listed).toEqual([]);
    if (name === "local") expect(await fs.readdir(path.join(folder, "recordings", user))).toEqual([]);
    if (name.startsWith("s3")) expect(s3.pendingUploads()).toBe(0);
  });

  it("rejects with the body's own error when it fails before a byte is read (a client gone during the upload's set-up)", async () => {
    const storage = backends[name]!();
    const user = randomUUID();
    const key = newRecordingKey(user);
    const body = new PassThrough();
    const stored = storage.put(key, body, "audio/wav");
    body.destroy(new Error("client went away"));
    await expect(stored).rejects.toThrow(/client went away/);
    expect(await storage.head(key)).toBeNull();
  });

  it("reports a missing object, deletes idempotently, and lists by prefix", async () => {
    const storage = backends[name]!();
    const user = randomUUID();
    const [a, b] = [newRecordingKey(user), newRecordingKey(user)];
    await storage.put(a, Readable.from([Buffer.from("a")]), "audio/ogg");
    await storage.put(b, Readable.from([Buffer.from("b")]), "audio/ogg");
    const listed: string[] = [];
    for await (const object of storage.list(`recordings/${user}/`)) listed.push(object.key);
    expect(listed.sort()).toEqual([a, b].sort());
    await storage.delete(a);
    await storage.delete(a);
    expect(await storage.head(a)).toBeNull();
    await expect(storage.get(a)).rejects.toBeInstanceOf(StorageObjectMissingError);
  });

  it("refuses keys the server did not make (no way out of the folder)", async () => {
    const storage = backends[name]!();
    for (const key of ["../etc/passwd", "recordings/../../x", `recordings/${randomUUID()}/../../../x`, "other/key"]) {
      await expect(storage.head(key)).rejects.toThrow(/Refusing/);
    }
    await expect(storage.put("../x", Readable.from([]), "audio/wav")).rejects.toThrow(/Refusing/);
  });
});
