import type { APIRequestContext, Browser, Page, TestInfo } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { testPassword } from "../test/secret-marker";
import { expect, latestMailTo, registerUser, signInThroughApi, test, uniqueEmail, type TTestUser } from "./fixtures";
import { saveScreen } from "./screens";

/**
 * The admin console. The e2e server creates this admin at start from ADMIN_EMAIL / ADMIN_PASSWORD
 * (playwright.config.ts passes them to the web server; the defaults here are the same values).
 */
const ADMIN = {
  email: process.env.ADMIN_EMAIL ?? "admin@e2e.test",
  password: process.env.ADMIN_PASSWORD ?? testPassword("staff"),
};

const ANSWER = [
  "Last spring our team had to move the billing service to a new queue. A teammate wanted to switch everything over in one night;",
  "I thought a failed night would block invoices for thousands of customers. I wrote a short comparison of the one-night switch and a",
  "gradual rollout behind a flag, with our history: two of our last four big-bang releases had been rolled back. We rolled out over two",
  "weeks with zero failed invoices. I learned to bring data to a disagreement. <b>not bold</b>",
].join(" ");

async function signInAsAdmin(page: Page) {
  try {
    await signInThroughApi(page, ADMIN);
  } catch (error) {
    throw new Error(`The e2e server has no admin ${ADMIN.email}: start it with ADMIN_EMAIL and ADMIN_PASSWORD (see playwright.config.ts). ${String(error)}`);
  }
}

/** A second signed-in person (the candidate) in their own browser context, from their own client IP. */
async function candidatePage(browser: Browser, testInfo: TestInfo): Promise<{ page: Page; user: TTestUser; close: () => Promise<void> }> {
  const ip = `198.19.${Math.floor(Math.random() * 254) + 1}.${Math.floor(Math.random() * 254) + 1}`;
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  const user = { name: "Casey Candidate", email: uniqueEmail(), password: testPassword("candidate") };
  await registerUser(page.request, user);
  await signInThroughApi(page, user);
  return { page, user, close: () => context.close() };
}

async function bearer(request: APIRequestContext, user: TTestUser): Promise<Record<string, string>> {
  const response = await request.post("/api/v1/auth/token", { data: { email: user.email, password: user.password } });
  expect(response.status(), await response.text()).toBe(200);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

/** A verified candidate answers two questions through the REST API and disputes both scores; returns the answer ids. */
async function disputedAnswers(page: Page, user: TTestUser): Promise<string[]> {
  await page.goto(await latestMailTo(page, user.email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
  const headers = await bearer(page.request, user);
  const started = await page.request.post("/api/v1/interviews", { headers, data: { track: "behavioral", level: "mid", questionCount: 2 } });
  expect(started.status(), await started.text()).toBe(201);
  const interview = ((await started.json()) as { interview: { id: string; questions: Array<{ questionId: string }> } }).interview;
  const ids: string[] = [];
  for (const question of interview.questions) {
    const submitted = await page.request.post(`/api/v1/interviews/${interview.id}/answers`, {
      headers,
      data: { questionId: question.questionId, answer: ANSWER, timeSpentSeconds: 120 },
    });
    expect(submitted.status(), await submitted.text()).toBe(202);
    ids.push(((await submitted.json()) as { answer: { id: string } }).answer.id);
  }
  for (const answerId of ids) {
    await expect(async () => {
      const response = await page.request.get(`/api/v1/answers/${answerId}`, { headers });
      expect(((await response.json()) as { answer: { status: string } }).answer.status).not.toBe("pending");
    }).toPass({ timeout: 30_000 });
    // The candidate's browser session, through tRPC, as the dispute button on the feedback card calls it.
    const disputed = await page.request.post("/api/trpc/support.disputeScore", {
      data: { json: { answerId, reason: "The score ignored the result I described: zero failed invoices." } },
    });
    expect(disputed.status(), await disputed.text()).toBe(200);
  }
  return ids;
}

test.describe("admin console", () => {
  test("anyone but an admin gets a 404 on the admin pages", async ({ page, signedInUser, browser }, testInfo) => {
    expect(signedInUser.email).toBeTruthy();
    for (const path of ["/admin", "/admin/users", "/admin/flagged"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    }
    const signedOut = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const anonymous = await signedOut.newPage();
    const response = await anonymous.goto("/admin");
    expect(response?.status()).toBe(404);
    expect(new URL(anonymous.url()).pathname).toBe("/admin");
    await signedOut.close();
  });

  test("metrics: KPI tiles and a chart per daily series, for 7, 30 and 90 days", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Metrics" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Metrics" })).toHaveAttribute("aria-current", "page");

    // At least the admin joined in the last 7 days.
    const newUsers = page.locator("dt", { hasText: /^New users$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(newUsers).toHaveText(/^\d[\d,]*$/);
    expect(Number((await newUsers.innerText()).replace(/,/g, ""))).toBeGreaterThanOrEqual(1);

    for (const name of ["New users per day", "Active users per day", "Interviews started and completed per day", "Answers scored and flagged per day", "Revenue per day"]) {
      const chart = page.getByRole("img", { name: new RegExp(`^${name}`) });
      await expect(chart).toBeVisible();
      await expect(chart.locator("title").first()).toHaveText(name);
      expect((await chart.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    }
    // A row per day (7, or 8 with today's part-day) in the hidden data table of each chart.
    expect(await page.getByRole("table", { name: /New users per day, per day/ }).locator("tbody tr").count()).toBeGreaterThanOrEqual(7);
    await saveScreen(page, "admin-metrics");

    await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "30 days" }).click();
    await expect(page).toHaveURL(/\/admin\?days=30$/);
    await expect(page.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
    await expect(async () => {
      expect(await page.getByRole("table", { name: /New users per day, per day/ }).locator("tbody tr").count()).toBeGreaterThanOrEqual(30);
    }).toPass();
  });

  test("flagged: a disputed answer is resolved by a manual score and a built-in rescore, and the audit log shows it", async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const candidate = await candidatePage(browser, testInfo);
    const ids = await disputedAnswers(candidate.page, candidate.user);
    await candidate.close();

    await signInAsAdmin(page);
    await page.goto("/admin/flagged");
    const items = page.getByRole("article").filter({ hasText: candidate.user.email });
    await expect(items).toHaveCount(ids.length);
    const first = items.first();
    await expect(first.getByText("Disputed by the candidate")).toBeVisible();
    await expect(first.getByText("The score ignored the result I described")).toBeVisible();
    // The answer is text: the markup in it shows as typed.
    await expect(first.getByText("<b>not bold</b>")).toBeVisible();
    await expect(first.getByRole("button", { name: "Rescore with AI" })).toBeDisabled();
    await expect(first.getByText(/set OPENAI_API_KEY/)).toBeVisible();
    await saveScreen(page, "admin-flagged");

    // A manual score: one whole number per rubric dimension and a note.
    await first.getByRole("button", { name: "Manual score" }).click();
    const inputs = first.getByRole("spinbutton");
    await expect(inputs).toHaveCount(5);
    await first.getByRole("button", { name: "Save manual score" }).click();
    await expect(first.getByText("Say why you changed the score.")).toBeVisible();
    for (const input of await inputs.all()) await input.fill("8");
    await first.getByLabel("Note").fill("The result was measured and clearly stated.");
    await first.getByRole("button", { name: "Save manual score" }).click();
    const status = page.getByRole("status").filter({ hasText: "Saved a manual score" });
    await expect(status).toContainText("80 / 100");
    await expect(status).toBeFocused();
    await expect(items).toHaveCount(ids.length - 1);

    // The other one: rescored with the built-in scorer.
    await items.first().getByRole("button", { name: "Rescore with built-in" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rescored" })).toContainText("built-in scorer");
    await expect(items).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("article").filter({ hasText: candidate.user.email })).toHaveCount(0);

    // The metrics now have answers, scores and flags to draw.
    await page.goto("/admin");
    await expect(page.getByRole("img", { name: /^Answers scored and flagged per day/ })).toBeVisible();
    await saveScreen(page, "admin-metrics-with-data");

    await page.goto(`/admin/audit?action=answer.manual_score`);
    const row = page.getByRole("row").filter({ hasText: ids[0]! }).or(page.getByRole("row").filter({ hasText: ids[1]! }));
    await expect(row.first()).toContainText(ADMIN.email);
    await expect(row.first()).toContainText('"total":80');
    await saveScreen(page, "admin-audit");
  });

  test("questions: create, find, edit, preview, deactivate, import and export", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/questions");
    await expect(page.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Generate drafts with AI" })).toBeDisabled();
    await expect(page.getByText("Set OPENAI_API_KEY to generate drafts")).toBeVisible();
    await saveScreen(page, "admin-questions");

    const slug = `e2e-${randomUUID().slice(0, 8)}`;
    await page.getByRole("button", { name: "New question" }).click();
    const dialog = page.getByRole("dialog", { name: "New question" });
    await expect(dialog.getByLabel("Slug")).toBeFocused();
    await dialog.getByRole("button", { name: "Create question" }).click();
    await expect(dialog.getByText("Add at least one key point.")).toBeVisible();
    await dialog.getByLabel("Slug").fill(slug);
    await dialog.getByLabel("Track").selectOption("behavioral");
    await dialog.getByLabel("Level").selectOption("mid");
    await dialog.getByLabel("Question", { exact: true }).fill("Tell me about a time you changed a teammate's mind with data.");
    await dialog.getByLabel("Tags").fill("influence, data");
    await dialog.getByLabel("Key points").fill("A specific disagreement\nThe data you brought\nThe measured result");
    await dialog.getByLabel("Sample answer").fill("When my teammate wanted a big-bang release, I compared our rollback history and we shipped behind a flag.");
    await dialog.getByRole("button", { name: "Create question" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Created “${slug}”.` })).toBeVisible();

    await page.getByRole("searchbox", { name: "Search", exact: true }).fill(slug);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=${slug}`));
    const row = page.getByRole("row").filter({ hasText: slug });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Behavioral");
    await expect(row).toContainText("Active");

    await row.getByRole("button", { name: `Edit ${slug}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit “${slug}”` });
    await edit.getByLabel("Question", { exact: true }).fill("Tell me about a time you changed a senior colleague's mind with data.");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Saved “${slug}”.` })).toBeVisible();
    await expect(row).toContainText("senior colleague");

    await row.getByRole("button", { name: `Preview ${slug}` }).click();
    const preview = page.getByRole("dialog", { name: "Preview: what a candidate sees" });
    await expect(preview.getByText("Tell me about a time you changed a senior colleague's mind with data.")).toBeVisible();
    await expect(preview.getByRole("list", { name: "Topics" })).toContainText("influence");
    await preview.getByRole("button", { name: /^Close/ }).click();
    await expect(preview).toBeHidden();

    await row.getByRole("button", { name: `Deactivate ${slug}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Deactivated “${slug}”.` })).toBeVisible();
    await expect(row).toContainText("Inactive");

    // Import: one new question by slug; a bad file changes nothing and says why.
    const imported = `e2e-import-${randomUUID().slice(0, 8)}`;
    const file = page.getByTestId("import-questions-file");
    await file.setInputFiles({
      name: "questions.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify([
          {
            slug: imported,
            track: "coding",
            level: "junior",
            text: "How would you find duplicates in a large list?",
            tags: ["arrays"],
            difficulty: 2,
            keyPoints: ["Use a hash set", "State the complexity"],
            sampleAnswer: "I would walk the list once, keeping a hash set of values seen so far: O(n) time and O(n) space.",
            active: true,
          },
        ]),
      ),
    });
    await expect(page.getByRole("status").filter({ hasText: "Imported questions.json: 1 created, 0 updated." })).toBeVisible();
    await file.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify([{ slug: "x" }])) });
    await expect(page.getByRole("alert").filter({ hasText: "broken.json was not imported" })).toContainText("nothing changed");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export JSON" }).click();
    expect((await download).suggestedFilename()).toMatch(/^rehearse-questions-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByRole("status").filter({ hasText: /Exported \d+ questions/ })).toBeVisible();
  });

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
    await page.getByRole("link", { name: candidate.user.name }).click();
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
