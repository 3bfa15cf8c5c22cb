/**
 * Zod's global wording on the server (installed by server/errors.ts): the rules a schema leaves
 * unworded read as the API shows them. The wording itself is client-safe and shared with the web
 * forms (server/contracts/issue-wording.ts).
 */
import { z } from "zod";
import { issueMessage } from "@/server/contracts/issue-wording";

export { issueMessage };

let installed = false;

/** Makes issueMessage Zod's global wording in this process (server only; idempotent). */
export function installIssueMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: issueMessage });
}
