/**
 * The user's-eye pass (ux-walk.spec.ts): each page as it stands, at 1280 px and at 390 px, gets an axe
 * scan, a check that nothing scrolls sideways, and (with `npm run screenshots`) a full-page screenshot in
 * test-results/ux/ for a person to look at. Findings are soft assertions so one run lists every page's problems at once.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { keepScreenshot } from "./screens";

const UX_DIR = path.resolve("test-results", "ux");
export const UX_WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * axe's findings on the page as it is now (WCAG A/AA and best practices), short enough to read in a failure.
 * Legacy mode runs axe.run in the page (same-origin frames included) instead of runPartial in each frame and
 * finishRun in a blank page the builder opens for every scan: that page cost more than the scan itself (2.6 s
 * against 1.3 s for the landing page, measured here; the same violations and passes). The site has no
 * cross-origin frames, the one thing legacy mode skips. Only violations are detailed: the rest is never read.
 */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] }).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
}

/** What the page would scroll sideways by at this width (0 when it fits), and the widest element that sticks out. */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprit: string }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    let culprit = "";
    if (overflow > 0) {
      let widest = 0;
      for (const element of Array.from(document.body.querySelectorAll("*"))) {
        const right = element.getBoundingClientRect().right;
        if (right > root.clientWidth && right > widest) {
          widest = right;
          culprit = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${String(element.getAttribute("class") ?? "").slice(0, 80)}`;
        }
      }
    }
    return { overflow, culprit };
  });
}

/** Waits for two frames: whatever the last resize set off in scripts (a media query's listener) has painted. */
export async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Exactly one h1 on the page, and a main landmark. */
async function landmarks(page: Page): Promise<{ h1: number; main: number }> {
  return page.evaluate(() => ({ h1: document.querySelectorAll("h1").length, main: document.querySelectorAll("main").length }));
}

/**
 * Audits the page as it is now (no navigation: stateful screens like a score card stay as they are)
 * at both widths, then leaves the viewport at 1280 px.
 */
export async function auditScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("load");
  // Layout settles (client components, streamed sections, fonts) before measuring; a resize after that
  // only reflows, which the measurements below wait for by themselves.
  await page.waitForTimeout(400);
  for (const size of UX_WIDTHS) {
    await page.setViewportSize(size);
    await afterNextPaint(page);
    expect.soft(await axeViolations(page), `axe violations on "${name}" at ${size.width} px`).toEqual([]);
    const { overflow, culprit } = await sidewaysOverflow(page);
    expect.soft(overflow, `"${name}" scrolls sideways at ${size.width} px (widest: ${culprit})`).toBeLessThanOrEqual(0);
    const found = await landmarks(page);
    expect.soft(found, `"${name}" has one h1 and one main at ${size.width} px`).toEqual({ h1: 1, main: 1 });
    await keepScreenshot(page, path.join(UX_DIR, `${name}-${size.width}.png`));
  }
  await page.setViewportSize(UX_WIDTHS[0]);
}

/** Opens a path and audits it. */
export async function auditPath(page: Page, urlPath: string, name: string): Promise<void> {
  const response = await page.goto(urlPath);
  expect.soft(response?.status(), `${urlPath} opens`).toBeLessThan(400);
  await auditScreen(page, name);
}

/** Opens and audits each [path, screenshot name] in turn. */
export async function auditPaths(page: Page, paths: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [urlPath, name] of paths) await auditPath(page, urlPath, name);
}

/** A long answer (close to the 10,000-character limit) with an unbroken URL in it, to test wrapping. */
export function longAnswer(): string {
  const sentence =
    "I would first measure where the time goes with tracing, then put a read-through cache in front of the hot path with a sixty second TTL, " +
    "invalidate on write, and watch the hit rate, the p99 latency and the error rate for a week before rolling it out to everyone. ";
  const url = `See https://example.com/${"runbooks/caching-".repeat(8)}stampede-protection-and-request-coalescing for the runbook. `;
  let text = url;
  while (text.length + sentence.length < 9_800) text += sentence;
  return text;
}
