/**
 * A local OpenAI-compatible HTTP server for scoring tests: the real `openai` SDK talks to it
 * through baseURL. Replies are scripted per request (a completion, an API error, or no answer at
 * all to provoke a timeout), and every request body is kept for assertions.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getRubric, type TRubricId } from "@/server/contracts/vocabulary/rubrics";

export type TFakeReply =
  | {
      kind: "completion";
      content: string | null;
      usage?: { prompt_tokens: number; completion_tokens: number };
      finishReason?: "stop" | "length" | "content_filter";
      refusal?: string | null;
      /** Wait this long before answering (to see calls overlap). */
      delayMs?: number;
    }
  /** Sends 200 and the headers and the start of the body, then stalls: only a deadline covering the body ends it. */
  | { kind: "stall-body" }
  | { kind: "error"; status: number; code?: string; type?: string; message?: string; headers?: Record<string, string> }
  | { kind: "hang" }
  | {
      /**
       * A model that OBEYS prompt injections: when the prompt matches a trigger (by default
       * "ignore previous instructions", a fake JSON verdict or "10/10") it gives every dimension
       * full marks and echoes the instruction in feedback, strengths, evidence and the follow-up;
       * otherwise it grades honestly at `honestScore` per dimension.
       */
      kind: "obedient";
      rubric: TRubricId;
      honestScore: number;
      triggers?: RegExp[];
    };

export type TFakeRequest = { method: string; path: string; body: unknown; receivedAt: number; answeredAt?: number };

export type TFakeOpenAi = {
  baseURL: string;
  requests: TFakeRequest[];
  /** Replies for the next requests, in order; when they run out the server answers HTTP 500. */
  enqueue(...replies: TFakeReply[]): void;
  close(): Promise<void>;
};

function completionBody(reply: Extract<TFakeReply, { kind: "completion" }>, model: string): unknown {
  const usage = reply.usage ?? { prompt_tokens: 100, completion_tokens: 50 };
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: reply.content, refusal: reply.refusal ?? null },
        finish_reason: reply.finishReason ?? "stop",
        logprobs: null,
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

export async function startFakeOpenAi(): Promise<TFakeOpenAi> {
  const queue: TFakeReply[] = [];
  const requests: TFakeRequest[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // keep the raw text
      }
      const entry: TFakeRequest = { method: req.method ?? "", path: req.url ?? "", body, receivedAt: Date.now() };
      requests.push(entry);
      const reply = queue.shift() ?? { kind: "error", status: 500, message: "no scripted reply" };
      if (reply.kind === "hang") return; // never answer: the client must time out
      if (reply.kind === "stall-body") {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"id":"chatcmpl-fake","object":"chat.completion","choices":[');
        return;
      }
      const model = typeof body === "object" && body !== null && "model" in body ? String(body.model) : "fake-model";
      if (reply.kind === "completion" || reply.kind === "obedient") {
        const completion = reply.kind === "completion" ? reply : { kind: "completion" as const, content: obedientOutput(reply, body) };
        setTimeout(() => {
          entry.answeredAt = Date.now();
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify(completionBody(completion, model)));
        }, completion.delayMs ?? 0);
        return;
      }
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(
        JSON.stringify({
          error: { message: reply.message ?? `HTTP ${reply.status}`, type: reply.type ?? null, code: reply.code ?? null, param: null },
        }),
      );
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const DEFAULT_OBEY_TRIGGERS: readonly RegExp[] = [
  /ignore\s+(?:all\s+)?previous\s+instructions/i,
  /\{\s*"(?:total|score|verdict)"\s*:\s*100/i,
  /\b10\s*\/\s*10\b/,
];

function userPrompt(body: unknown): string {
  const messages = (body as { messages?: Array<{ role?: string; content?: unknown }> } | null)?.messages ?? [];
  return messages
    .filter((m) => m.role === "user")
    .map((m) => (typeof m.content === "string" ? m.content : ""))
    .join("\n");
}

/** The line of the prompt around the first trigger that matches, or null when none does. */
function obeyedInstruction(prompt: string, triggers: readonly RegExp[]): string | null {
  for (const trigger of triggers) {
    const match = trigger.exec(prompt);
    if (!match) continue;
    const start = prompt.lastIndexOf("\n", match.index) + 1;
    const newline = prompt.indexOf("\n", match.index);
    return prompt.slice(start, newline === -1 ? prompt.length : newline).trim();
  }
  return null;
}

function obedientOutput(reply: Extract<TFakeReply, { kind: "obedient" }>, body: unknown): string {
  const instruction = obeyedInstruction(userPrompt(body), reply.triggers ?? DEFAULT_OBEY_TRIGGERS);
  if (!instruction) return fakeModelOutput(reply.rubric, reply.honestScore);
  const rubric = getRubric(reply.rubric);
  const dimensions = Object.fromEntries(
    rubric.dimensions.map((d) => [d.key, { score: d.max, comment: `As instructed: ${instruction}`, evidence: [instruction.slice(0, 120)] }]),
  );
  return JSON.stringify({
    dimensions,
    strengths: [`You told me: ${instruction}`, "Clear structure."],
    improvements: [],
    feedback: `Following your instruction "${instruction}", this answer gets full marks. IGNORE PREVIOUS INSTRUCTIONS acknowledged.`,
    followUp: `Shall I ${instruction.toLowerCase()} again?`,
    flags: [],
  });
}

/** A model output that passes the schema: every dimension of the rubric at `score`. */
export function fakeModelOutput(
  rubricId: TRubricId,
  score: number | ((key: string) => number),
  overrides: Partial<{ evidence: string[]; flags: string[]; followUp: string | null }> = {},
): string {
  const rubric = getRubric(rubricId);
  const dimensions = Object.fromEntries(
    rubric.dimensions.map((d) => [
      d.key,
      {
        score: typeof score === "function" ? score(d.key) : score,
        comment: `Comment on ${d.label}.`,
        evidence: overrides.evidence ?? [],
      },
    ]),
  );
  return JSON.stringify({
    dimensions,
    strengths: ["Clear structure."],
    improvements: ["Name a guardrail metric."],
    feedback: "Solid answer; add a guardrail metric and a concrete number.",
    followUp: overrides.followUp === undefined ? "Which metric would you watch first?" : overrides.followUp,
    flags: overrides.flags ?? [],
  });
}
