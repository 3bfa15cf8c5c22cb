/**
 * Hostile inputs for the REST fuzz test (server/http/rest-fuzz.test.ts), derived from the OpenAPI
 * document: every operation, each of its body fields, query parameters, headers and path ids.
 */
import { ERROR_STATUS } from "@/server/contracts/errors";

export interface TOperation {
  method: string;
  path: string;
  query: string[];
  headers: string[];
  hasPathId: boolean;
  bodyFields: Record<string, { type?: string }>;
  hasBody: boolean;
}

interface TRawOperation {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }> };
}

export function operationsOf(document: { paths?: Record<string, unknown> }): TOperation[] {
  const operations: TOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, raw] of Object.entries(item as Record<string, TRawOperation>)) {
      const parameters = raw.parameters ?? [];
      const bodyFields = raw.requestBody?.content?.["application/json"]?.schema?.properties ?? {};
      operations.push({
        method: method.toUpperCase(),
        path,
        query: parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name),
        headers: parameters.filter((parameter) => parameter.in === "header").map((parameter) => parameter.name),
        hasPathId: path.includes("{id}"),
        bodyFields,
        hasBody: method !== "get",
      });
    }
  }
  return operations;
}

/** Strings every text field must refuse with a 400 naming it. */
export const CONTROL_STRINGS = ["\u0000", "Ann\u0000", "bell\u0007", "esc\u001b[2J", "del\u007f", "c1\u0085"];

/** Values of the wrong type or size for any field. */
export const BAD_VALUES: unknown[] = [
  ...CONTROL_STRINGS,
  "x".repeat(20_000),
  "   ",
  "\u202e\ud800",
  null,
  true,
  -1,
  1.5,
  1e308,
  2 ** 53 + 1,
  [],
  ["\u0000"],
  {},
  { nested: "\u0000", constructor: { prototype: { admin: true } } },
];

function nested(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

/** Whole bodies: not JSON, not an object, absurdly nested or shaped. */
export const BAD_BODIES: string[] = [
  "{",
  '{"a":',
  "nul",
  "\u0000",
  "{\u0000}",
  "null",
  "[]",
  "42",
  '"str"',
  "true",
  "[{}]",
  nested(5000),
  `{"a":${nested(5000)}}`,
  '{"__proto__":{"role":"admin"}}',
  JSON.stringify({ a: "x".repeat(500_000) }),
];

/** Raw query-string values (already percent-encoded where they need it). */
export const BAD_QUERY_VALUES = ["%00", "%01", "%1B", "%7F", "%FF", "%", "%E0%A4%A", "x".repeat(10_000), "-1", "0", "1e309", "99999999999999999999", "NaN", "[]", "null", "true", "a%00b"];

/** Path ids that are not ids (a random well-formed uuid is added by the test). */
export const BAD_PATH_IDS = ["not-a-uuid", "%00", "%FF", "..%2F..%2Fme", "x".repeat(5000), "00000000-0000-0000-0000-000000000000", "%20", "1"];

/** Header values a client could send (fetch forbids NUL, CR and LF itself). */
export const BAD_HEADER_VALUES = ["\u0001", "\u007f", "x".repeat(10_000), " ", "\u00ff"];

/** What is wrong with an answer, or null when it is a clean success or a clean contract error. */
export async function problemWith(response: Response): Promise<string | null> {
  // 503 is the contract's answer when a dependency is not configured (billing without Stripe); 500 never is.
  if (response.status >= 500 && response.status !== 503) return `status ${response.status}: ${(await response.text()).slice(0, 300)}`;
  if (response.status === 204) return null;
  const type = response.headers.get("content-type") ?? "";
  // An event stream (GET /answers/{id}/events) stays open while the answer is pending: opened is enough.
  // Not awaited: cancelling one branch of a cloned (teed) body only settles once both are cancelled.
  if (response.status === 200 && /^text\/event-stream/.test(type)) {
    void response.body?.cancel().catch(() => {});
    return null;
  }
  const text = await response.text();
  if (!/^application\/json/.test(type)) return `content-type ${type || "(none)"}: ${text.slice(0, 200)}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
  if (response.status < 400) return null;
  const shape = body as { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown };
  const keys = Object.keys(body as object).sort().join(",");
  if (keys !== "error,requestId") return `error body keys ${keys}`;
  const code = shape.error?.code;
  if (typeof code !== "string" || !(code in ERROR_STATUS)) return `unknown code ${String(code)}`;
  if (ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== response.status) return `code ${code} with status ${response.status}`;
  if (typeof shape.error?.message !== "string" || !shape.error.message) return "no message";
  if (shape.error.details !== undefined && (typeof shape.error.details !== "object" || shape.error.details === null)) return "details not an object";
  if (shape.requestId !== response.headers.get("x-request-id")) return "requestId differs from x-request-id";
  return null;
}
