/**
 * The practice loop without a mouse: the skip link first, every stop in the tab order visibly focused,
 * radios and buttons worked with Space and Enter, the score announced when it arrives, and a dialog
 * that keeps focus inside and gives it back to the button that opened it.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { verifyEmailFromMailbox } from "./practice-helpers";

const ANSWER =
  "I would put a cache in front of the database for the hot read path, measure the p99 latency and the hit rate, " +
  "pick a TTL of sixty seconds and invalidate on write, because stale data is the trade-off for less load.";

/** A description of the focused element, and whether its focus can be seen (an outline or a ring). */
async function focused(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { what: "body", visible: true };
    // The ring may be drawn by the element or, for a card around a radio (focus-within), by a close ancestor.
    const shows = (node: Element) => {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow !== "none" && style.boxShadow !== "");
    };
    const visible = [element, element.parentElement, element.parentElement?.parentElement].some((node) => node && shows(node));
    const label = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40) ?? "";
    return { what: `${element.tagName.toLowerCase()} "${label}"`, visible };
  });
}

/** Presses Tab until `target` has focus, noting every stop whose focus cannot be seen. */
async function tabTo(page: Page, target: Locator, invisible: string[], max = 60): Promise<void> {
  for (let step = 0; step < max; step++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (!now.visible) invisible.push(now.what);
    // Any of the matches will do (a radio group is entered at its checked radio, or its first).
    if (await target.evaluateAll((elements) => elements.some((element) => element === document.activeElement))) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Moves through a focused radio group with the arrow keys until `target` is chosen. */
async function arrowTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 12 && !(await target.isChecked()); step++) await page.keyboard.press("ArrowDown");
  await expect(target).toBeChecked();
  await expect(target).toBeFocused();
}

test("the practice loop with the keyboard only", async ({ page, signedInUser }) => {
  test.setTimeout(180_000);
  const invisible: string[] = [];
  await verifyEmailFromMailbox(page, signedInUser.email);
  // The server's HTML already has the default chosen, so a Tab that comes before hydration enters the group at it.
  const html = await (await page.request.get("/practice")).text();
  expect(html, "the default track is checked before any script runs").toMatch(/<input(?=[^>]*value="software_engineering")(?=[^>]*checked="")[^>]*>/);
  expect(html, "the question count shows its default before any script runs").toMatch(/<input(?=[^>]*type="number")(?=[^>]*value="\d+")[^>]*>/);
  // So do the shared text fields: the settings form's name is there before hydration, not an empty box.
  const settings = await (await page.request.get("/settings")).text();
  const nameInput = settings.match(/<input[^>]*autocomplete="name"[^>]*>/i)?.[0] ?? "";
  expect(nameInput, "the name field holds the account's name before any script runs").toContain(`value="${signedInUser.name}"`);
  // And the checkboxes their saved state: email notifications on, the weekly summary off (a new account's defaults).
  const checkbox = (name: string) => settings.match(new RegExp(`<input[^>]*name="preferences\\.${name}"[^>]*>`))?.[0] ?? "";
  expect(checkbox("emailNotifications"), "email notifications are checked before any script runs").toContain('checked=""');
  expect(checkbox("weeklySummary"), "the weekly summary is found, and not checked").toMatch(/^<input(?![^>]*checked)/);
  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Start a practice interview" })).toBeVisible();

  // The first Tab shows the skip link; Enter moves focus past the navigation into the page.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Tab enters each radio group once; the arrow keys move within it and choose.
  const track = page.getByRole("radio", { name: /Software engineering/ });
  await tabTo(page, page.locator('input[name="track"]'), invisible);
  await arrowTo(page, track);
  const junior = page.getByRole("radio", { name: /Junior/ });
  await tabTo(page, page.locator('input[name="level"]'), invisible);
  await arrowTo(page, junior);
  const count = page.getByLabel("Number of questions");
  await tabTo(page, count, invisible);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("1");
  await tabTo(page, page.getByRole("button", { name: "Start interview" }), invisible);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 1 of 1")).toBeVisible({ timeout: 20_000 });

  const answer = page.getByLabel("Your answer", { exact: true });
  await tabTo(page, answer, invisible);
  await page.keyboard.type(ANSWER);
  await tabTo(page, page.getByRole("button", { name: "Submit answer" }), invisible);
  await page.keyboard.press("Enter");
  const card = page.getByRole("article", { name: "Your score", exact: true });
  await expect(card).toBeVisible({ timeout: 30_000 });
  // The score's arrival is announced: a live region says it.
  await expect(page.locator('[aria-live="polite"], [role="status"]').filter({ hasText: /score/i }).first()).toBeAttached();

  // The abandon dialog keeps focus inside, closes with Escape and returns focus to its button.
  const abandon = page.getByRole("button", { name: "Abandon interview" });
  await tabTo(page, abandon, invisible, 120);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press("Tab");
    // The page behind is inert: focus is in the dialog, or (past its last button) briefly on no element at all.
    const inside = await dialog.evaluate((element) => element.contains(document.activeElement) || document.activeElement === document.body);
    expect(inside, "focus never reaches the page behind the dialog").toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(abandon).toBeFocused();

  await abandon.focus();
  await tabTo(page, page.getByRole("button", { name: "Finish interview" }), invisible, 10).catch(async () => {
    await page.getByRole("button", { name: "Finish interview" }).focus();
  });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}\/report$/, { timeout: 30_000 });
  expect(invisible, "every focus stop shows where focus is").toEqual([]);
});
