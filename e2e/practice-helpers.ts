/** Helpers for the practice specs (the account helpers live in fixtures.ts). */
import type { Page } from "@playwright/test";
import { expect, latestMailTo } from "./fixtures";

/** Opens the newest verification link from the dev mailbox. */
export async function verifyEmailFromMailbox(page: Page, email: string): Promise<void> {
  await page.goto(await latestMailTo(page, email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
}

/** Starts a one-question junior software engineering interview from /practice (a verified account). */
export async function startOneQuestionInterview(page: Page): Promise<void> {
  await page.goto("/practice");
  await page.getByRole("radio", { name: /Software engineering/ }).check();
  await page.getByRole("radio", { name: /Junior/ }).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Start interview" }).click();
  // Creating the interview and opening its page took over 10 s on a loaded 2-core machine.
  await expect(page.getByText("Question 1 of 1")).toBeVisible({ timeout: 30_000 });
}

/**
 * Delays every request for an answer's status (the interviews.onAnswer stream, and getAnswer should
 * it fall back to polling), so a fast scorer's "Scoring…" state stays on screen long enough to see.
 */
export async function slowDownScoring(page: Page, ms: number): Promise<() => Promise<void>> {
  const matcher = (url: URL) => url.pathname.includes("interviews.getAnswer") || url.pathname.includes("interviews.onAnswer");
  await page.route(matcher, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => undefined);
  });
  return () => page.unroute(matcher);
}
