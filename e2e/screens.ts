/**
 * Screenshots for a person to look at: the pages the specs pass here at desktop size and at a 390×844
 * phone size (test-results/screens/, ux/ and .test-data/screens-languages/), full page.
 *
 * Taken when asked (`npm run screenshots`, which sets E2E_SCREENSHOTS=1), not on every `npm test`: no
 * test reads them, and the browser's painting and encoding of about 270 full-page images was a tenth of
 * the browser tests' time on this 2-core machine (the admin console walk: 60 s with them, 55 s without).
 * What a screenshot would show a person is checked in the DOM on every run: axe, sideways scroll,
 * clipped text, untranslated strings. A failing test still gets its screenshot (playwright.config.ts).
 */
import path from "node:path";
import type { Locator, Page } from "@playwright/test";

export const SCREENSHOTS_WANTED = process.env.E2E_SCREENSHOTS === "1";

/** A screenshot of a page (full page) or of one element, saved to `file` when screenshots are asked for. */
export async function keepScreenshot(target: Page | Locator, file: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SCREENSHOTS_WANTED) return;
  if ("goto" in target) await target.screenshot({ path: file, fullPage: options.fullPage ?? true });
  else await target.screenshot({ path: file });
}

const SCREENS_DIR = path.resolve("test-results", "screens");
const PHONE = { width: 390, height: 844 };

/** A file-name-safe name for a path: "/interviews/<id>/report" → "interviews-item-report" (ids replaced, so names stay stable). */
export function screenName(urlPath: string): string {
  const parts = urlPath
    .split("?")[0]!
    .split("/")
    .filter(Boolean)
    .map((part) => (/^[0-9a-f-]{36}$/i.test(part) ? "item" : part));
  return parts.join("-") || "landing";
}

/** The page at its own size and at a phone's, when screenshots are asked for (it resizes only then). */
export async function saveScreen(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS_WANTED) return;
  const desktop = page.viewportSize();
  await keepScreenshot(page, path.join(SCREENS_DIR, `${name}-desktop.png`));
  await page.setViewportSize(PHONE);
  await keepScreenshot(page, path.join(SCREENS_DIR, `${name}-phone.png`));
  if (desktop) await page.setViewportSize(desktop);
}
