/**
 * A user's pass through the whole site (issue: "judged as its users would"): a visitor opens the public
 * pages, a candidate signs up with a long name and a long address, walks every page and every state of the
 * practice loop, and an admin walks the console. Each screen is audited at 1280 and 390 px by ux-audit.ts
 * (zero axe violations, no sideways scroll, one h1 and one main) and, with `npm run screenshots`, saved in test-results/ux/ for a person
 * to look at. This is the site's accessibility check: every page a visitor, a candidate or an admin uses is here.
 */
import fs from "node:fs";
import path from "node:path";
import { testPassword } from "../test/secret-marker";
import { expect, latestMailTo, test, uniqueEmail } from "./fixtures";
import { signInAsAdmin } from "./helpers/admin";
import { verifyEmailFromMailbox } from "./practice-helpers";
import { auditPath, auditPaths, auditScreen, longAnswer } from "./ux-audit";

const LONG_NAME = "Maximiliana Alexandra Konstantinopoulou-Wetherington-Smythe";
const DESCRIPTION = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/behavioral-engineering-manager.txt"), "utf8");
const interviewUrl = /\/practice\/[0-9a-f-]{36}(\?.*)?$/;

test("a visitor's pages, at 1280 and 390 px", async ({ page }) => {
  test.setTimeout(180_000);
  await auditPaths(page, [
    ["/", "landing"],
    ["/pricing", "pricing"],
    ["/sign-in", "sign-in"],
    ["/forgot-password", "forgot-password"],
    ["/contact", "contact"],
    ["/unsubscribe?token=not-a-token", "unsubscribe-bad-link"],
  ]);
});

test("a candidate's pages and practice loop, at 1280 and 390 px", async ({ page }) => {
  test.setTimeout(900_000);
  await auditPath(page, "/sign-up", "sign-up");

  // Sign up through the form, as a person would; the empty form's errors first.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await auditScreen(page, "sign-up-errors");
  const email = uniqueEmail("a-rather-long-address-for-a-person-with-a-long-name");
  await page.getByLabel("Name").fill(LONG_NAME);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(testPassword("ux"));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox to finish" })).toBeVisible({ timeout: 20_000 });
  await auditScreen(page, "sign-up-check-inbox");
  await page.goto(await latestMailTo(page, email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
  await auditScreen(page, "verify-email");

  // A new account's empty pages: each should say what to do next.
  await auditPaths(page, [
    ["/dashboard", "dashboard-new"],
    ...(["history", "progress", "jobs"] as const).map((area) => [`/${area}`, `${area}-empty`] as const),
    ["/help", "help"],
    ["/settings", "settings"],
    ["/billing/success", "billing-success"],
    ["/billing/cancel", "billing-cancel"],
    ["/practice", "practice-start"],
  ]);

  await page.goto("/history");
  await expect(page.getByText("No interviews yet")).toBeVisible();
  expect.soft(await page.getByRole("button", { name: "Apply filters" }).count(), "no filters over an empty history").toBe(0);
  // Beside a long name in the header, "Sign out" stays on one line (it wrapped in two at 1280 px).
  const signOut = await page.getByRole("banner").getByRole("button", { name: "Sign out" }).boundingBox();
  expect.soft(signOut?.height, "the header's Sign out button is one line high").toBeLessThanOrEqual(40);
  await page.goto("/practice");

  // The practice loop: pick, answer at length, score, follow-up, voice mode, finish.
  await page.getByRole("radio", { name: /Software engineering/ }).check();
  await page.getByRole("radio", { name: /Junior/ }).check();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(interviewUrl, { timeout: 20_000 });
  const interviewId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await auditScreen(page, "practice-question");
  await page.getByLabel("Your answer", { exact: true }).fill(longAnswer());
  await auditScreen(page, "practice-long-answer");
  await page.getByRole("button", { name: "Submit answer" }).click();
  const card = page.getByRole("article", { name: "Your score", exact: true });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.getByText("Show sample answer").click();
  await auditScreen(page, "practice-feedback");
  await card.getByLabel("Answer the follow-up").fill("I would alert when the hit rate drops below 90%, because then the database takes the load again.");
  await card.getByRole("button", { name: "Submit follow-up answer" }).click();
  await expect(page.getByRole("article", { name: "Your follow-up score" })).toBeVisible({ timeout: 30_000 });
  await auditScreen(page, "practice-follow-up");
  await page.getByRole("button", { name: "Retry this question" }).click();
  await page.getByRole("radio", { name: "Speak" }).check();
  await auditScreen(page, "practice-voice");
  await page.getByRole("radio", { name: "Type" }).check();
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  await page.getByRole("button", { name: "Finish interview" }).click();
  const finishDialog = page.getByRole("dialog");
  if (await finishDialog.isVisible().catch(() => false)) {
    await auditScreen(page, "practice-finish-dialog");
    await finishDialog.getByRole("button", { name: "Finish anyway" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/report$`), { timeout: 30_000 });
  await auditScreen(page, "report");
  await auditPath(page, `/practice/${interviewId}`, "practice-completed");

  // A coding question: the editor, then a run of the starting code.
  await page.goto("/practice?track=coding&level=intern&count=1&autostart=1");
  await expect(page.getByRole("button", { name: "Yes, use 1 interview and start" })).toBeVisible();
  // Focus moves to the question it asks, without boxing the heading like a text field.
  const confirmHeading = page.getByRole("heading", { name: "Start a new interview?" });
  await expect(confirmHeading).toBeFocused();
  expect.soft(await confirmHeading.evaluate((element) => getComputedStyle(element).outlineStyle), "no focus ring on the focused heading").toBe("none");
  await auditScreen(page, "practice-start-confirm");
  await page.getByRole("button", { name: "Yes, use 1 interview and start" }).click();
  await expect(page).toHaveURL(interviewUrl, { timeout: 20_000 });
  await expect(page.getByRole("textbox", { name: /^Your solution in/ })).toBeVisible({ timeout: 30_000 });
  await auditScreen(page, "practice-coding");
  await page.getByRole("button", { name: "Run tests" }).click();
  await expect(page.getByTestId("test-results").getByRole("status")).toBeVisible({ timeout: 90_000 });
  await auditScreen(page, "practice-coding-run");

  // Pages with something in them; the plans page when out of interviews.
  await auditPaths(page, [
    ...(["dashboard", "history", "progress"] as const).map((area) => [`/${area}`, area] as const),
    ["/practice", "practice-out-of-quota"],
    ["/pricing", "pricing-signed-in"],
  ]);
  await page.goto("/history");
  await expect(page.getByRole("button", { name: "Apply filters" }), "filters once there is a history").toBeVisible();
});

test("a candidate's job pages and a support request, at 1280 and 390 px", async ({ page, signedInUser }) => {
  test.setTimeout(300_000);
  await verifyEmailFromMailbox(page, signedInUser.email);
  await auditPath(page, "/jobs/new", "jobs-new");
  await page.getByLabel("Job title").fill("Principal Platform Engineering Manager, Developer Experience and Infrastructure");
  await page.getByLabel("Job description").fill(DESCRIPTION);
  await page.getByRole("button", { name: "Save and extract requirements" }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await auditScreen(page, "jobs-item");
  // Every extracted requirement reads in full on a phone: no box hides part of its text behind a scrollbar.
  await page.setViewportSize({ width: 390, height: 844 });
  const clipped = await page.getByRole("textbox", { name: /^Requirement \d+$/ }).evaluateAll((boxes) => boxes.filter((box) => box.scrollHeight > box.clientHeight + 1).length);
  expect.soft(clipped, "requirement boxes that hide part of their text at 390 px").toBe(0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await auditPath(page, "/jobs", "jobs");

  // Support: a request with a long message, then the list that shows it.
  await page.goto("/help");
  await page.getByLabel("Subject").fill("My score for the caching question looks far too low compared with the sample answer");
  await page.getByLabel("Message", { exact: true }).fill(longAnswer().slice(0, 3_000));
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("Sent. We’ll reply here and by email.")).toBeVisible({ timeout: 15_000 });
  await auditScreen(page, "help-with-request");
});

test("the admin console, at 1280 and 390 px", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsAdmin(page);
  await auditPaths(page, [
    ["/admin", "admin"],
    ["/admin/users", "admin-users"],
    ["/admin/questions", "admin-questions"],
    ["/admin/flagged", "admin-flagged"],
    ["/admin/support", "admin-support"],
    ["/admin/audit", "admin-audit"],
    ["/admin/system", "admin-system"],
  ]);
  await page.goto("/admin/users");
  const firstUser = page.locator('main a[href^="/admin/users/"]').first();
  await auditPath(page, (await firstUser.getAttribute("href"))!, "admin-user");
  await page.goto("/admin/questions");
  await page.getByRole("button", { name: "New question" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await auditScreen(page, "admin-new-question-dialog");
});
