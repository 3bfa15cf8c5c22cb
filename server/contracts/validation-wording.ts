/**
 * The English that issueMessage (./issue-wording.ts) writes, read back into `form-errors` `validation.*`
 * catalog keys and their values, so a form shows "не менее 3 символов" where the server (and the
 * browser's own check) said "at least 3 characters". REST keeps the English. Also splits the
 * server's "Invalid input — title: required; limit: at least 1" into its fields. Client-safe.
 */
export type TValidationKey = { key: string; values?: Record<string, string | number> };

const TYPES: Record<string, string> = {
  "a string": "string",
  "a number": "number",
  "an integer": "int",
  "true or false": "boolean",
  "a list": "array",
  "an object": "object",
  "a date": "date",
  null: "null",
};

const UNITS: Record<string, string> = { character: "characters", characters: "characters", item: "items", items: "items", byte: "bytes", bytes: "bytes" };

const BOUND = /^(at least|more than|at most|less than) (-?[\d.]+(?:e[+-]?\d+)?)(?: (characters?|items?|bytes?))?$/;

/** The catalog key of one issue message, or null for a message that is not issueMessage's. */
export function validationMessageKey(message: string): TValidationKey | null {
  if (message === "required") return { key: "validation.required" };
  if (message === "Invalid input") return { key: "validation.invalid" };
  if (message === "not in the expected format") return { key: "validation.format" };
  const bound = BOUND.exec(message);
  if (bound) {
    const [, words, count, unit] = bound;
    const exclusive = words === "more than" || words === "less than" ? "true" : "false";
    const key = words === "at least" || words === "more than" ? "validation.min" : "validation.max";
    return { key, values: { exclusive, count: Number(count), unit: unit ? UNITS[unit]! : "none" } };
  }
  let match = /^expected (.+)$/.exec(message);
  if (match) return { key: "validation.expected", values: { type: TYPES[match[1]!] ?? "other", name: match[1]! } };
  match = /^must be a multiple of (.+)$/.exec(message);
  if (match) return { key: "validation.multipleOf", values: { divisor: match[1]! } };
  match = /^must be (.+)$/.exec(message);
  if (match) return { key: "validation.mustBe", values: { value: match[1]! } };
  match = /^one of: (.+)$/.exec(message);
  if (match) return { key: "validation.oneOf", values: { values: match[1]! } };
  match = /^not a valid (.+)$/.exec(message);
  if (match) return { key: "validation.formatOf", values: { format: match[1]! } };
  match = /^unknown fields?: (.+)$/.exec(message);
  if (match) return { key: "validation.unknownFields", values: { count: match[1]!.split(", ").length, keys: match[1]! } };
  return null;
}

const SUMMARY = /^Invalid input — (.+)$/s;

/** The fields and their messages of the server's summary of a 400 ("Invalid input — a: x; b: y"), or null. */
export function validationSummary(message: string): Array<{ field: string; message: string }> | null {
  const match = SUMMARY.exec(message);
  if (!match) return null;
  return match[1]!.split("; ").map((part) => {
    const colon = part.indexOf(": ");
    return colon < 0 ? { field: "", message: part } : { field: part.slice(0, colon), message: part.slice(colon + 2) };
  });
}
