/**
 * The wording of the rules a schema gives no message of its own, as the API shows them ("title:
 * required", "age: expected a number"), instead of Zod's "Invalid input: expected string, received
 * undefined" / "received NaN". The server installs it as Zod's global customError
 * (server/validation/issue-messages.ts); the web forms pass it to zodResolver, so browser and server
 * say the same, and the forms show it in the reader's language (server/contracts/validation-wording.ts
 * reads it back into catalog keys). A schema's own `error` still wins. Client-safe: zod only.
 */
import { z } from "zod";

type TIssue = z.core.$ZodRawIssue;

const A_TYPE: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  bigint: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  date: "a date",
  null: "null",
};

const ITEMS: Record<string, [string, string]> = { string: ["character", "characters"], array: ["item", "items"], set: ["item", "items"], file: ["byte", "bytes"] };

function count(origin: string, value: number | bigint): string {
  const words = ITEMS[origin];
  return words ? `${value} ${Number(value) === 1 ? words[0] : words[1]}` : String(value);
}

function literal(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** The message for one issue, or undefined to keep Zod's own. */
export function issueMessage(issue: TIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "required";
      return `expected ${A_TYPE[issue.expected] ?? issue.expected}`;
    case "too_small": {
      const origin = String(issue.origin);
      if (origin === "string" && Number(issue.minimum) === 1) return "required";
      return `${issue.inclusive === false ? "more than" : "at least"} ${count(origin, issue.minimum)}`;
    }
    case "too_big":
      return `${issue.inclusive === false ? "less than" : "at most"} ${count(String(issue.origin), issue.maximum)}`;
    case "invalid_value":
      return issue.values.length === 1 ? `must be ${literal(issue.values[0])}` : `one of: ${issue.values.map(literal).join(", ")}`;
    case "invalid_format":
      return issue.format === "regex" ? "not in the expected format" : `not a valid ${issue.format}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}
