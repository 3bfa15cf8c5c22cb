/**
 * A small S3-compatible server for storage tests (node:http, path-style addresses, signatures not
 * checked): PutObject, multipart uploads (create, part, complete, abort), GetObject with Range,
 * HeadObject, DeleteObject and ListObjectsV2. The real AWS SDK talks to it through S3_ENDPOINT.
 * `failWrites` makes every write answer 503, as a storage outage would.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

interface TObject {
  body: Buffer;
  contentType: string;
  lastModified: Date;
}

export interface TFakeS3Server {
  endpoint: string;
  /** Stored objects by "bucket/key". */
  objects: Map<string, TObject>;
  /** Multipart uploads not yet completed or aborted. */
  pendingUploads(): number;
  failWrites: boolean;
  close(): Promise<void>;
}

const xmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function xml(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/xml" });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}

function s3Error(res: http.ServerResponse, status: number, code: string, message: string): void {
  xml(res, status, `<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`);
}

async function readAll(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** aws-chunked bodies (streaming signatures, trailing checksums): "<hex size>;…\r\n<data>\r\n" until size 0. */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < raw.length) {
    const lineEnd = raw.indexOf("\r\n", offset);
    if (lineEnd < 0) break;
    const size = parseInt(raw.subarray(offset, lineEnd).toString("latin1").split(";")[0]!, 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

async function readObjectBody(req: http.IncomingMessage): Promise<Buffer> {
  const raw = await readAll(req);
  const chunked = String(req.headers["content-encoding"] ?? "").includes("aws-chunked") || String(req.headers["x-amz-content-sha256"] ?? "").startsWith("STREAMING-");
  return chunked ? decodeAwsChunked(raw) : raw;
}

export async function startFakeS3Server(): Promise<TFakeS3Server> {
  const objects = new Map<string, TObject>();
  const uploads = new Map<string, { key: string; contentType: string; parts: Map<number, Buffer> }>();
  let uploadCounter = 0;
  const state = { failWrites: false };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake-s3");
    const [, bucket = "", ...keyParts] = url.pathname.split("/");
    const key = decodeURIComponent(keyParts.join("/"));
    const id = `${bucket}/${key}`;
    const q = url.searchParams;
    const method = req.method ?? "GET";
    const writes = method === "PUT" || method === "POST";
    if (writes && state.failWrites) return s3Error(res, 503, "ServiceUnavailable", "Writes are failing (test)");

    if (method === "GET" && key === "" && q.get("list-type") === "2") {
      const prefix = `${bucket}/${q.get("prefix") ?? ""}`;
      const max = Number(q.get("max-keys") ?? 1000);
      const after = q.get("continuation-token") ?? "";
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = keys.slice(0, max);
      const truncated = keys.length > page.length;
      const contents = page
        .map((k) => `<Contents><Key>${xmlEscape(k.slice(bucket.length + 1))}</Key><LastModified>${objects.get(k)!.lastModified.toISOString()}</LastModified><Size>${objects.get(k)!.body.length}</Size></Contents>`)
        .join("");
      const next = truncated ? `<NextContinuationToken>${xmlEscape(page.at(-1)!)}</NextContinuationToken>` : "";
      return xml(res, 200, `<ListBucketResult><Name>${bucket}</Name><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${next}${contents}</ListBucketResult>`);
    }
    if (method === "POST" && q.has("uploads")) {
      const uploadId = `upload-${++uploadCounter}`;
      uploads.set(uploadId, { key: id, contentType: String(req.headers["content-type"] ?? "application/octet-stream"), parts: new Map() });
      return xml(res, 200, `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${xmlEscape(key)}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`);
    }
    const uploadId = q.get("uploadId");
    if (uploadId !== null) {
      const upload = uploads.get(uploadId);
      if (!upload || upload.key !== id) return s3Error(res, 404, "NoSuchUpload", "No such upload");
      if (method === "PUT") {
        const partNumber = Number(q.get("partNumber"));
        upload.parts.set(partNumber, await readObjectBody(req));
        res.writeHead(200, { etag: `"part-${partNumber}"` });
        return void res.end();
      }
      if (method === "POST") {
        await readAll(req);
        const body = Buffer.concat([...upload.parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part));
        objects.set(id, { body, contentType: upload.contentType, lastModified: new Date() });
        uploads.delete(uploadId);
        return xml(res, 200, `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${xmlEscape(key)}</Key><ETag>"done"</ETag></CompleteMultipartUploadResult>`);
      }
      if (method === "DELETE") {
        uploads.delete(uploadId);
        res.writeHead(204);
        return void res.end();
      }
    }
    if (method === "PUT") {
      objects.set(id, { body: await readObjectBody(req), contentType: String(req.headers["content-type"] ?? "application/octet-stream"), lastModified: new Date() });
      res.writeHead(200, { etag: '"put"' });
      return void res.end();
    }
    if (method === "DELETE") {
      objects.delete(id);
      res.writeHead(204);
      return void res.end();
    }
    const object = objects.get(id);
    if (method === "HEAD" || method === "GET") {
      if (!object) {
        if (method === "HEAD") {
          res.writeHead(404);
          return void res.end();
        }
        return s3Error(res, 404, "NoSuchKey", "The specified key does not exist.");
      }
      const size = object.body.length;
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ""));
      const headers = { "content-type": object.contentType, "last-modified": object.lastModified.toUTCString(), "accept-ranges": "bytes", etag: '"obj"' };
      if (range && method === "GET") {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
        if (start >= size) return s3Error(res, 416, "InvalidRange", "The requested range is not satisfiable");
        res.writeHead(206, { ...headers, "content-length": end - start + 1, "content-range": `bytes ${start}-${end}/${size}` });
        return void res.end(object.body.subarray(start, end + 1));
      }
      res.writeHead(200, { ...headers, "content-length": size });
      return void res.end(method === "GET" ? object.body : undefined);
    }
    return s3Error(res, 400, "NotImplemented", `${method} ${url.pathname}${url.search} is not implemented by the fake`);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => s3Error(res, 500, "InternalError", String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    pendingUploads: () => uploads.size,
    get failWrites() {
      return state.failWrites;
    },
    set failWrites(value: boolean) {
      state.failWrites = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
