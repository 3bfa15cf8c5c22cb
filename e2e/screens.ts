/**
 * The screenshot set the issue asks for: every page a spec passes here is saved at desktop size and
 * at a 390×844 phone size into test-results/screens/, full page, on every run.
 */
import path from "node:path";
import type { Page } from "@playwright/test";

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

/** One screenshot of the page as it is now, at the viewport it has, named `<name>-<size>.png`. */
export async function saveViewport(page: Page, name: string, size: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}-${size}.png`), fullPage: true });
}

export async function saveScreen(page: Page, name: string): Promise<void> {
  const desktop = page.viewportSize();
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}-phone.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}
