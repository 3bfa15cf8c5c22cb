/**
 * Recordings in a folder (DATA_DIR/recordings by default). A write goes to a temporary file beside
 * its target and is renamed into place once complete, so a reader never sees half a recording and a
 * failed upload leaves nothing. Keys are checked (keys.ts) and resolved inside the root, so no path
 * can lead out of it. The content type is kept in a small sidecar file.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { assertRecordingKey, RECORDINGS_PREFIX } from "./keys";
import { beforeReading, StorageObjectMissingError, type TListedObject, type TRecordingStorage } from "./storage";

const TYPE_SUFFIX = ".type";
const TEMP_MARK = ".tmp-";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

export function localRecordingStorage(root: string): TRecordingStorage {
  const base = path.resolve(root);

  function fileOf(key: string): string {
    assertRecordingKey(key);
    const file = path.resolve(base, key);
    if (!file.startsWith(base + path.sep)) throw new Error("Refusing a storage key outside the recordings folder");
    return file;
  }

  async function head(key: string) {
    const file = fileOf(key);
    try {
      const [stat, contentType] = await Promise.all([fs.stat(file), fs.readFile(file + TYPE_SUFFIX, "utf8").catch(() => "application/octet-stream")]);
      return { size: stat.size, contentType };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async function* walk(dir: string): AsyncGenerator<TListedObject> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(full);
      else if (!entry.name.endsWith(TYPE_SUFFIX) && !entry.name.includes(TEMP_MARK)) {
        const stat = await fs.stat(full).catch(() => null);
        if (stat) yield { key: path.relative(base, full).split(path.sep).join("/"), lastModified: stat.mtime };
      }
    }
  }

  return {
    kind: "local",
    async put(key, body, contentType) {
      const file = fileOf(key);
      await beforeReading(body, () => fs.mkdir(path.dirname(file), { recursive: true }));
      const temp = `${file}${TEMP_MARK}${randomUUID()}`;
      try {
        await pipeline(body, createWriteStream(temp, { flags: "wx" }));
        await fs.writeFile(file + TYPE_SUFFIX, contentType);
        await fs.rename(temp, file);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      return { bytes: (await fs.stat(file)).size };
    },
    head,
    async get(key, range) {
      const found = await head(key);
      if (!found) throw new StorageObjectMissingError(key);
      const stream = createReadStream(fileOf(key), range ? { start: range.start, end: range.end } : {});
      return { stream, size: found.size, contentType: found.contentType };
    },
    async delete(key) {
      const file = fileOf(key);
      await Promise.all([fs.rm(file, { force: true }), fs.rm(file + TYPE_SUFFIX, { force: true })]);
    },
    async *list(prefix) {
      if (!prefix.startsWith(RECORDINGS_PREFIX) || prefix.includes("..")) throw new Error("Refusing a listing outside the recordings");
      for await (const object of walk(path.join(base, RECORDINGS_PREFIX))) if (object.key.startsWith(prefix)) yield object;
    },
  };
}
