import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { signUnsubscribeToken } from "../server/reminders/unsubscribe-token";
import { testPassword } from "../test/secret-marker";
import { gotoDevMailbox, withDevMailbox } from "./dev-mailbox";
import { expect, latestMailTo, registerUser, signInThroughApi, test, uniqueEmail } from "./fixtures";
import { ADMIN } from "./helpers/admin";
import { saveScreen } from "./screens";

/** Issue 16, items 6, 8 and 11: the phone menu and answer-first layout, account safety messages, reminders. */
const PHONE = { width: 390, height: 844 };

/** The e2e server generated its AUTH_SECRET into its DATA_DIR (playwright.config.ts); unsubscribe links are signed with it. */
function serverAuthSecret(): string {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return fs.readFileSync(path.resolve(".test-data", `e2e-${port}`, "auth-secret"), "utf8").trim();
}

async function verify(page: Page, email: string) {
  await page.goto(await latestMailTo(page, email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
}

async function meOf(page: Page) {
  const response = await page.request.get("/api/trpc/me.get");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: { json: { user: { id: string; preferences: Record<string, unknown> } } } } }).result.data.json.user;
}

test.describe("phone layout", () => {
  test("the header's links sit behind a Menu button that opens, closes with Esc and never wraps", async ({ page, signedInUser }) => {
    void signedInUser;
    await page.setViewportSize(PHONE);
    await page.goto("/dashboard");
    const header = page.locator("header").first();
    const menu = header.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(header.getByRole("link", { name: "Help" })).toBeHidden();
    // One row: logo, account and the button (no links wrapping onto a second line).
    expect((await header.boundingBox())!.height).toBeLessThan(72);

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`.replace(/:/g, "\\:"));
    await expect(panel.getByRole("link", { name: "Help" })).toBeVisible();
    await saveScreen(page, "menu-open");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(panel.getByRole("link", { name: "Help" })).toBeHidden();

    await menu.click();
    await panel.getByRole("link", { name: "Help" }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // Wide screens show the links in the bar and no Menu button.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(menu).toBeHidden();
    await expect(header.getByRole("link", { name: "Help" })).toBeVisible();
  });

  test("visitors get the Menu button too, with the public links", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto("/");
    const menu = page.locator("header").getByRole("button", { name: "Menu" });
    await menu.click();
    await expect(page.locator("header").getByRole("link", { name: "Pricing" })).toBeVisible();
  });

  test("on a phone the question and the answer box come first", async ({ page, signedInUser }) => {
    await verify(page, signedInUser.email);
    await page.setViewportSize(PHONE);
    await page.goto("/practice");
    await page.getByRole("button", { name: /^Start interview/ }).click();
    const dialog = page.getByRole("dialog");
    if (await dialog.isVisible().catch(() => false)) await dialog.getByRole("button", { name: /Start/ }).click();
    const box = page.getByRole("textbox", { name: "Your answer" });
    await expect(box).toBeVisible({ timeout: 15_000 });
    const top = (await box.boundingBox())!.y;
    // Was ~620 px, under the step list; now right under the question (whose length varies), well inside the first screen.
    expect(top, "the answer box starts within the first screen").toBeLessThan(600);
    const question = (await page.getByRole("heading", { level: 2 }).first().boundingBox())!;
    // Between them: the topics, the Type/Speak choice (about 50 px) and the box's label; no step list, no timer row.
    expect(top - (question.y + question.height), "only the topics, the Type/Speak choice and the label between the question and the box").toBeLessThan(180);
    const steps = page.getByRole("navigation", { name: "Questions" });
    expect((await steps.boundingBox())!.y).toBeGreaterThan(top);
    await saveScreen(page, "practice-answer-first");
  });
});

test.describe("account safety", () => {
  test("changing the email tells the old address, and the link's page confirms the new one", async ({ page, signedInUser }) => {
    await verify(page, signedInUser.email);
    const newEmail = uniqueEmail();
    await page.goto("/settings");
    await page.getByLabel("New email").fill(newEmail);
    await page.getByLabel("Your password").fill(signedInUser.password);
    await page.getByRole("button", { name: "Send the confirmation link" }).click();
    await page.goto(await latestMailTo(page, newEmail, "/verify-email"));
    await expect(page.getByRole("heading", { name: "Your email address is changed" })).toBeVisible();
    await expect(page.getByText(`Your email is now ${newEmail}`)).toBeVisible();
    await expect(page.getByText("You can start interviews now")).toHaveCount(0);
    await saveScreen(page, "email-changed");
    // The old address got a notice with a way to reach support without signing in.
    const contactLink = await latestMailTo(page, signedInUser.email, "/contact");
    expect(contactLink).toBe("/contact");
    await withDevMailbox(page, async (mailbox) => {
      await gotoDevMailbox(mailbox);
      await expect(mailbox.getByRole("listitem").filter({ hasText: "The email address of your Rehearse account was changed" }).first()).toContainText(newEmail);
    });
  });

  test("a suspended candidate is pointed to a contact form that works without an account", async ({ page, browser }, testInfo) => {
    const candidate = { name: "Sam Suspended", email: uniqueEmail(), password: testPassword("e2e") };
    await registerUser(page.request, candidate);
    await signInThroughApi(page, ADMIN);
    await page.goto(`/admin/users?q=${encodeURIComponent(candidate.email)}`);
    await page.getByRole("searchbox", { name: "Email or name" }).fill(candidate.email);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByRole("link", { name: candidate.name }).click();
    await page.getByRole("button", { name: "Suspend account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Account suspended" })).toBeVisible();

    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.20.1.7" } });
    const visitor = await context.newPage();
    await visitor.goto("/sign-in");
    await visitor.getByLabel("Email").fill(candidate.email);
    await visitor.getByLabel("Password", { exact: true }).fill(candidate.password);
    await visitor.getByRole("button", { name: "Sign in", exact: true }).click();
    const alert = visitor.getByRole("alert").filter({ hasText: "This account is suspended" });
    await expect(alert).toBeVisible();
    await alert.getByRole("link", { name: "contact support" }).click();
    await expect(visitor).toHaveURL(/\/contact$/);
    await visitor.getByLabel("Your email address").fill(candidate.email);
    await visitor.getByLabel("Subject").fill("Suspended by mistake");
    await visitor.getByLabel("Message").fill("I was suspended but I only practised interviews. Please check.");
    await visitor.getByRole("button", { name: "Send message" }).click();
    await expect(visitor.getByRole("heading", { name: "Message sent" })).toBeFocused();
    await context.close();

    await page.goto("/admin/support");
    await expect(page.getByText("Suspended by mistake").first()).toBeVisible();
    await expect(page.getByText(candidate.email).first()).toBeVisible();
  });
});

test.describe("reminders", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("settings switches save the reminders with the browser's time zone", async ({ page, signedInUser }) => {
    void signedInUser;
    await page.goto("/settings");
    const reviews = page.getByRole("checkbox", { name: "Reviews due today" });
    const weekly = page.getByRole("checkbox", { name: "Weekly progress summary" });
    await expect(reviews).not.toBeChecked();
    await expect(weekly).not.toBeChecked();
    await reviews.check();
    await weekly.check();
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.reload();
    await expect(reviews).toBeChecked();
    await expect(weekly).toBeChecked();
    await expect(page.getByText("Your time zone: Asia/Tokyo")).toBeVisible();
    expect((await meOf(page)).preferences).toMatchObject({ reviewReminders: true, weeklySummary: true, timeZone: "Asia/Tokyo" });
  });

  test("the unsubscribe link asks first, turns the reminder off without signing in, and one-click POST works", async ({ page, browser }, testInfo) => {
    const user = { name: "Una Subscriber", email: uniqueEmail(), password: testPassword("e2e") };
    await registerUser(page.request, user);
    await signInThroughApi(page, user);
    await page.goto("/settings");
    await page.getByRole("checkbox", { name: "Reviews due today" }).check();
    await page.getByRole("checkbox", { name: "Weekly progress summary" }).check();
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    const { id } = await meOf(page);
    const secret = serverAuthSecret();

    // Signed out, in a fresh browser: the page changes nothing until the button is pressed.
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const visitor = await context.newPage();
    const token = signUnsubscribeToken(id, "review_due", secret);
    await visitor.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
    await expect(visitor.getByRole("heading", { name: "Unsubscribe from review reminders?" })).toBeVisible();
    expect((await meOf(page)).preferences).toMatchObject({ reviewReminders: true });
    await saveScreen(visitor, "unsubscribe");
    await visitor.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(visitor.getByRole("heading", { name: "You’re unsubscribed" })).toBeVisible();
    expect((await meOf(page)).preferences).toMatchObject({ reviewReminders: false, weeklySummary: true });

    // RFC 8058 one-click, as a mail client sends it.
    const oneClick = await context.request.post(`/api/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(id, "weekly_summary", secret))}`, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status()).toBe(200);
    expect((await meOf(page)).preferences).toMatchObject({ weeklySummary: false });
    // A forged token: a clear 400, nothing changes.
    const forged = await context.request.post(`/api/unsubscribe?token=${encodeURIComponent(`${id}.review_due.forged`)}`, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(forged.status()).toBe(400);
    await context.close();
  });
});
