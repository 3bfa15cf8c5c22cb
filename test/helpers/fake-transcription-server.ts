/**
 * A local OpenAI-compatible /audio/transcriptions server for voice tests: the real `openai` SDK posts
 * the multipart upload to it through baseURL. Replies are scripted per request (a transcript, an API
 * error, no answer at all, or headers then a stalled body); each request's form fields and audio size
 * are kept for assertions. Separate from test/scoring-fake-openai.ts, which speaks chat completions.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TFakeTranscriptionReply =
  | { kind: "text"; text: string; delayMs?: number }
  | { kind: "error"; status: number; code?: string; type?: string; message?: string }
  /** Never answers: only a client timeout ends the request. */
  | { kind: "hang" }
  /** 200, headers and the start of the JSON, then nothing: only a deadline covering the body ends it. */
  | { kind: "stall-body" };

export interface TFakeTranscriptionRequest {
  path: string;
  authorization: string | null;
  /** Text fields of the multipart form (model, language…). */
  fields: Record<string, string>;
  fileName: string | null;
  /** Bytes of the uploaded audio part. */
  fileBytes: number;
}

export interface TFakeTranscriptionServer {
  baseURL: string;
  requests: TFakeTranscriptionRequest[];
  /** Replies for the next requests in order; once they run out, `fallback` (HTTP 500 unless set). */
  enqueue(...replies: TFakeTranscriptionReply[]): void;
  /** The reply given when the queue is empty. */
  setFallback(reply: TFakeTranscriptionReply): void;
  close(): Promise<void>;
}

/** The parts of a multipart/form-data body: name, optional filename, and the raw bytes. */
function parseMultipart(body: Buffer, contentType: string): { name: string; filename: string | null; data: Buffer }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: { name: string; filename: string | null; data: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const name = /name="([^"]*)"/.exec(headers)?.[1] ?? "";
      const filename = /filename="([^"]*)"/.exec(headers)?.[1] ?? null;
      parts.push({ name, filename, data: part.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}

export async function startFakeTranscriptionServer(): Promise<TFakeTranscriptionServer> {
  const queue: TFakeTranscriptionReply[] = [];
  const requests: TFakeTranscriptionRequest[] = [];
  let fallback: TFakeTranscriptionReply = { kind: "error", status: 500, message: "no scripted reply" };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const parts = parseMultipart(Buffer.concat(chunks), req.headers["content-type"] ?? "");
      const file = parts.find((p) => p.filename !== null);
      requests.push({
        path: req.url ?? "",
        authorization: req.headers.authorization ?? null,
        fields: Object.fromEntries(parts.filter((p) => p.filename === null).map((p) => [p.name, p.data.toString("utf8")])),
        fileName: file?.filename ?? null,
        fileBytes: file?.data.length ?? 0,
      });
      const reply = queue.shift() ?? fallback;
      if (reply.kind === "hang") return;
      if (reply.kind === "stall-body") {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"text":');
        return;
      }
      if (reply.kind === "text") {
        setTimeout(() => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ text: reply.text }));
        }, reply.delayMs ?? 0);
        return;
      }
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: reply.message ?? `HTTP ${reply.status}`, type: reply.type ?? null, code: reply.code ?? null, param: null } }));
    });
  });

  const { port, close } = await listenOnLoopback(server);
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    setFallback: (reply) => {
      fallback = reply;
    },
    close,
  };
}

/** Listens on a free loopback port; `close` also ends kept-alive and stalled connections. */
async function listenOnLoopback(server: http.Server): Promise<{ port: number; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { port: (server.address() as AddressInfo).port, close };
}
