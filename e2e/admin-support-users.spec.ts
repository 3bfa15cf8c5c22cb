import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { ADMIN, candidatePage, signInAsAdmin } from "./helpers/admin";
import { saveScreen } from "./screens";

test.describe("admin console: support and users", () => {

  test("support: a candidate writes from Help, an admin replies, the candidate reads the reply", async ({ page, browser }, testInfo) => {
    const candidate = await candidatePage(browser, testInfo);
    const subject = `Billing question ${randomUUID().slice(0, 6)}`;
    await candidate.page.goto("/help");
    await expect(candidate.page.getByRole("heading", { level: 1, name: "Help" })).toBeVisible();
    await candidate.page.getByRole("textbox", { name: "Subject" }).fill(subject);
    await candidate.page.getByRole("textbox", { name: "Message" }).fill("Can I pause my plan for a month?");
    await candidate.page.getByRole("button", { name: "Send message" }).click();
    await expect(candidate.page.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
    await expect(candidate.page.getByText(subject)).toBeVisible();

    await signInAsAdmin(page);
    await page.goto("/admin/support?status=new");
    await page.getByRole("link", { name: new RegExp(subject) }).click();
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await expect(page.getByText("Can I pause my plan for a month?")).toBeVisible();
    await page.getByLabel("Your reply").fill("Yes: cancel now and subscribe again when you are back.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reply sent." })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("in_progress");
    await page.getByRole("combobox", { name: "Status" }).selectOption("resolved");
    await page.getByRole("button", { name: "Set status" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Marked resolved." })).toBeVisible();
    await expect(page.getByRole("region", { name: subject }).locator("span", { hasText: /^Resolved$/ })).toBeVisible();

    await saveScreen(page, "admin-support");

    await candidate.page.reload();
    const ticket = candidate.page.getByRole("listitem").filter({ hasText: subject });
    await expect(ticket.getByText("Yes: cancel now and subscribe again when you are back.")).toBeVisible();
    await expect(ticket.getByText("Rehearse support")).toBeVisible();
    await expect(ticket.getByText("Resolved", { exact: true })).toBeVisible();
    await saveScreen(candidate.page, "admin-help");
    await candidate.close();
  });

  test("users: find a candidate, read their account, change the role, suspend and reactivate", async ({ page, browser }, testInfo) => {
    const candidate = await candidatePage(browser, testInfo);
    await signInAsAdmin(page);
    await page.goto("/admin/users");
    await page.getByRole("searchbox", { name: "Email or name" }).fill(candidate.user.email);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("heading", { name: "1 user" })).toBeVisible();
    // Every candidatePage user shares the name: wait until the unfiltered list has been replaced.
    const found = page.getByRole("link", { name: candidate.user.name });
    await expect(found).toHaveCount(1);
    await found.click();
    await expect(page.getByRole("heading", { level: 1, name: candidate.user.name })).toBeVisible();
    const endsOn = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByRole("combobox", { name: "Plan" }).selectOption("pro");
    await page.getByLabel("Ends on").fill(endsOn);
    await page.getByRole("button", { name: "Grant plan" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Granted pro until ${endsOn}` })).toBeVisible();

    await page.getByRole("combobox", { name: "Role" }).selectOption("admin");
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Role saved." })).toBeVisible();
    await page.getByRole("combobox", { name: "Role" }).selectOption("user");
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Role saved." })).toBeVisible();

    await page.getByLabel("Note for the audit log").fill("Spam tickets.");
    await page.getByRole("button", { name: "Suspend account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Account suspended" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();
    // Their session ended with the suspension.
    expect((await candidate.page.goto("/admin"))?.status()).toBe(404);
    await candidate.page.goto("/help");
    await expect(candidate.page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)help$/);
    await saveScreen(page, "admin-user");
    await page.getByRole("button", { name: "Reactivate account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Account reactivated" })).toBeVisible();

    await page.goto(`/admin/audit?actor=${encodeURIComponent(ADMIN.email)}&action=user.suspend`);
    await expect(page.getByRole("row").filter({ hasText: "Spam tickets." })).toContainText('{"status":"active"}');
    await candidate.close();
  });

  test("help: signed out, it sends people to sign in and back", async ({ page }) => {
    await page.goto("/help");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)help$/);
  });
});
