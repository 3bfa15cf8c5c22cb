/** Helpers for the practice specs (the account helpers live in fixtures.ts). */
import type { Page, TestInfo } from "@playwright/test";
import { expect, latestMailTo } from "./fixtures";

/** Opens the newest verification link from the dev mailbox. */
export async function verifyEmailFromMailbox(page: Page, email: string): Promise<void> {
  await page.goto(await latestMailTo(page, email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
}

/** Full-page screenshots at the current (desktop, 1280 px) width and at 390 px. */
export async function screenshotBothWidths(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}-1280.png`), fullPage: true });
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
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
