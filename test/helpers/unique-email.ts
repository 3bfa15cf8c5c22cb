import { randomUUID } from "node:crypto";

/** An address no other test (or test run) uses: `label-<uuid>@example.test`. Vitest and Playwright share it. */
export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.test`;
}
