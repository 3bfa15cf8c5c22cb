import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { slowDownScoring, verifyEmailFromMailbox } from "./practice-helpers";
import { saveScreen } from "./screens";
import { keepScreenshot } from "./screens";

const FIRST_ANSWER =
  "I would put a cache in front of the database for the hot read path. First I would measure the p99 latency and the hit rate " +
  "we expect, then pick Redis with a TTL of 60 seconds. The trade-off is stale data versus load: writes invalidate the key.";

const BETTER_ANSWER =
  `${FIRST_ANSWER} In my last project we cut p99 latency from 400 ms to 80 ms this way. I would also handle a cache stampede ` +
  "with request coalescing, monitor the hit rate and error rate, and test the failure mode where Redis is down (fall back to the database).";

const interviewUrl = /\/practice\/[0-9a-f-]{36}(\?.*)?$/;

/**
 * The form, prefilled with the focus tag "caching" so question 1 is the caching question the answers
 * above are written for (otherwise a random question: two off-topic attempts can score the same).
 */
async function startFromForm(page: Page) {
  await page.goto("/practice?tags=caching");
  await expect(page.getByRole("heading", { level: 1, name: "Start a practice interview" })).toBeVisible();
  await page.getByRole("radio", { name: /Software engineering/ }).check();
  await page.getByRole("radio", { name: /Junior/ }).check();
  await page.getByLabel("Number of questions").fill("2");
}

test.describe("practice interviews", () => {
  test("start → answer survives a reload → Scoring… → feedback → sample answer → follow-up → retry with change → skip → finish", async ({
    page,
    signedInUser,
  }, testInfo) => {
    test.setTimeout(120_000);
    // No hydration mismatches or other script errors along the way (a missing report page's 404 aside).
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await verifyEmailFromMailbox(page, signedInUser.email);

    await startFromForm(page);
    await expect(page.getByText(/2 of 2 interviews left this week/)).toBeVisible();
    // Every track shows the skills it is scored on.
    await expect(page.getByText(/^Trade-offs/)).toBeVisible();
    await saveScreen(page, "practice-start-form");
    await page.getByRole("button", { name: "Start interview" }).click();

    await expect(page).toHaveURL(interviewUrl);
    const interviewId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByText("Question 1 of 2")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toContainText(/cach/i);
    await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button")).toHaveCount(2);
    await expect(page.getByRole("timer")).toHaveText(/^\d\d:\d\d$/);

    // Typed, then reloaded at once: this device's copy brings it back.
    const answerBox = page.getByLabel("Your answer", { exact: true });
    await answerBox.fill(FIRST_ANSWER);
    await expect(page.getByText(`${FIRST_ANSWER.length} / 10,000 characters`)).toBeVisible();
    await page.reload();
    await expect(answerBox).toHaveValue(FIRST_ANSWER);
    // Then the autosave reaches the server, and a reload still has it.
    await expect(page.getByTestId("save-status")).toHaveText(/^Saved \d/, { timeout: 15_000 });
    await page.reload();
    await expect(answerBox).toHaveValue(FIRST_ANSWER);

    const restoreScoring = await slowDownScoring(page, 1500);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Scoring…" })).toBeVisible();
    await keepScreenshot(page, testInfo.outputPath("scoring-1280.png"), { fullPage: false });
    const card = page.getByRole("article", { name: "Your score", exact: true });
    await expect(card).toBeVisible({ timeout: 30_000 });
    await restoreScoring();
    // A reload comes back to this question and its feedback, not to the next open question.
    await page.reload();
    await expect(card).toBeVisible({ timeout: 30_000 });

    for (const label of ["Correctness", "Depth", "Trade-offs", "Practical experience", "Clarity"]) {
      await expect(card.getByRole("heading", { name: label, exact: true })).toBeVisible();
    }
    await expect(card.getByText(/out of 10$/)).toHaveCount(5);
    await expect(card.getByText(/Scored by the built-in analyzer/)).toBeVisible();
    await expect(card.getByText(/Scored by AI/)).toHaveCount(0);

    // The sample answer is behind a disclosure.
    const sampleToggle = card.getByText("Show sample answer");
    await expect(card.getByText("One strong way to answer")).toBeHidden();
    await sampleToggle.click();
    await expect(card.getByText("One strong way to answer")).toBeVisible();
    await expect(card.getByText("Hide sample answer")).toBeVisible();
    await saveScreen(page, "practice-feedback");

    // The interviewer's follow-up, answered and scored under it.
    await expect(card.getByRole("heading", { name: "The interviewer follows up" })).toBeVisible();
    await card.getByLabel("Answer the follow-up").fill("I would measure the hit rate weekly and alert when it drops below 90%, because then the database takes the load.");
    await card.getByRole("button", { name: "Submit follow-up answer" }).click();
    await expect(page.getByRole("article", { name: "Your follow-up score" })).toBeVisible({ timeout: 30_000 });

    // A retry starts from the previous answer; the new card shows the change per dimension.
    await page.getByRole("button", { name: "Retry this question" }).click();
    const retryBox = page.getByLabel("Your answer, attempt 2");
    await expect(retryBox).toBeFocused();
    await expect(retryBox).toHaveValue(FIRST_ANSWER);
    await retryBox.fill(BETTER_ANSWER);
    await page.getByRole("button", { name: "Submit answer" }).click();
    const second = page.getByRole("article", { name: "Your score, attempt 2" });
    await expect(second).toBeVisible({ timeout: 30_000 });
    await expect(second.getByText(/Total vs your previous attempt/)).toBeVisible();
    await expect(second.getByText(/from your previous attempt/)).toHaveCount(6); // the total and 5 dimensions
    await expect(second.getByText(/^(▲ \+|▼ −)\d/).first()).toBeVisible();
    await saveScreen(page, "practice-retry");

    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(page).toHaveURL(/\?q=2$/);
    await page.getByRole("button", { name: "Skip this question" }).click();
    await expect(page.getByText("You skipped this question.")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: /Question 2\s*,\s*Skipped/ })).toBeVisible();

    await page.getByRole("button", { name: "Finish interview" }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/report$`), { timeout: 30_000 });

    // Back on the interview: read-only, with a link to its report.
    await page.goto(`/practice/${interviewId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Interview completed" })).toBeVisible();
    await expect(page.getByRole("link", { name: "View the report" })).toHaveAttribute("href", `/interviews/${interviewId}/report`);
    await expect(page.getByLabel(/Your answer/)).toHaveCount(0);
    await saveScreen(page, "practice-completed-read-only");
    expect(consoleErrors).toEqual([]);
  });

  test("a dropped connection, a move to another question and a reload lose nothing; finishing warns about unsubmitted text; abandon", async ({
    page,
    signedInUser,
  }) => {
    await verifyEmailFromMailbox(page, signedInUser.email);
    await page.goto("/practice?track=behavioral&level=mid&count=2&autostart=1");
    await page.getByRole("button", { name: "Yes, use 1 interview and start" }).click();
    await expect(page).toHaveURL(interviewUrl, { timeout: 20_000 });
    const answerBox = page.getByLabel("Your answer", { exact: true });
    const status = page.getByTestId("save-status");

    await answerBox.fill("When two teammates disagreed about the release date,");
    await expect(status).toHaveText(/^Saved \d/, { timeout: 15_000 });

    await page.context().setOffline(true);
    await answerBox.pressSequentially(" I set up a meeting", { delay: 10 });
    await expect(status).toHaveText("Offline — saved on this device", { timeout: 15_000 });
    await expect(page.getByRole("status").filter({ hasText: "Connection lost" })).toBeAttached();
    await page.context().setOffline(false);
    await expect(status).toHaveText(/^Saved \d/, { timeout: 15_000 });

    // To question 2 and back (in this tab), then a reload: the text is still there.
    const steps = page.getByRole("navigation", { name: "Questions" });
    await steps.getByRole("button", { name: /^Question 2/ }).click();
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
    await steps.getByRole("button", { name: /^Question 1/ }).click();
    const full = "When two teammates disagreed about the release date, I set up a meeting";
    await expect(answerBox).toHaveValue(full);
    await page.reload();
    await expect(answerBox).toHaveValue(full);
    await expect(page.getByText("Question 1 of 2")).toBeVisible();

    // Question 2 skipped; finishing warns that question 1 has text that was never submitted.
    await steps.getByRole("button", { name: /^Question 2/ }).click();
    await page.getByRole("button", { name: "Skip this question" }).click();
    await expect(page.getByText("You skipped this question.")).toBeVisible();
    await page.getByRole("button", { name: "Finish interview" }).click();
    const finishDialog = page.getByRole("dialog", { name: "Finish with an unsubmitted answer?" });
    await expect(finishDialog).toBeVisible();
    await saveScreen(page, "practice-finish-unsubmitted-dialog");
    await finishDialog.getByRole("button", { name: "Go to question 1" }).click();
    await expect(finishDialog).toBeHidden();
    await expect(answerBox).toHaveValue(full);

    // Abandoning asks first; the interview is then read-only and the draft is still shown.
    await page.getByRole("button", { name: "Abandon interview" }).click();
    const abandonDialog = page.getByRole("dialog", { name: "Abandon this interview?" });
    await expect(abandonDialog).toBeVisible();
    await abandonDialog.getByRole("button", { name: "Abandon interview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Interview abandoned" })).toBeVisible();
    await expect(page.getByRole("link", { name: "View the report" })).toBeVisible();
    await page.getByText("Show your unsubmitted draft").click();
    await expect(page.getByText(full)).toBeVisible();
  });

  test("a free user who started 2 interviews sees, before clicking anything, that none is left and when one frees up", async ({ page, signedInUser }) => {
    await verifyEmailFromMailbox(page, signedInUser.email);
    const oneClick = "/practice?track=coding&level=intern&count=1&autostart=1";
    for (let started = 0; started < 2; started++) {
      await page.goto(oneClick);
      await page.getByRole("button", { name: "Yes, use 1 interview and start" }).click();
      await expect(page).toHaveURL(interviewUrl, { timeout: 20_000 });
      await expect(page.getByText("Question 1 of 1")).toBeVisible();
    }
    await page.goto("/practice");
    await expect(page.getByText(/0 of 2 interviews left this week/)).toBeVisible();
    await expect(page.getByText(/Your next one is available/)).toBeVisible();

    // The one-click start at zero neither starts nor asks: the form says why and Start is disabled.
    await page.goto(oneClick);
    await expect(page.getByText(/0 of 2 interviews left this week/)).toBeVisible();
    const startButton = page.getByRole("button", { name: "Start interview" });
    await expect(startButton).toBeDisabled();
    await expect(startButton).toHaveAccessibleDescription(/^No interviews left this week\. The next one frees up .+ counts for 7 days/);
    await expect(page.locator("#start-disabled-reason time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    // Billing is not configured on the e2e server: no upgrade prompt that leads nowhere.
    await expect(page.getByRole("link", { name: /Upgrade|See plans/ })).toHaveCount(0);
    await saveScreen(page, "practice-quota-exceeded");
    // Autostart ran once and left the address: Back from elsewhere will not start again.
    await expect(page).toHaveURL(/\/practice\?track=coding&level=intern&count=1$/);
    // The prefilled values are the one-click ones.
    await expect(page.getByRole("radio", { name: /Coding/ })).toBeChecked();
    await expect(page.getByRole("radio", { name: /Intern/ })).toBeChecked();
    await expect(page.getByLabel("Number of questions")).toHaveValue("1");
  });

  test("an unverified user is told why they cannot start, and can resend the verification email", async ({ page, signedInUser }) => {
    await page.goto("/practice?track=behavioral&level=mid&tags=conflict,my+own+tag");
    await expect(page.getByRole("button", { name: /conflict/, pressed: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove tag my own tag" })).toBeVisible();
    await page.getByRole("button", { name: "Start interview" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Verify your email to start interviews" });
    await expect(alert).toBeVisible();
    await alert.getByRole("button", { name: "Resend verification email" }).click();
    await expect(alert.getByText(`Sent. Check ${signedInUser.email} for the new link.`)).toBeVisible();
    await saveScreen(page, "practice-email-unverified");
  });

  test("signed out, /practice sends you to sign in and back", async ({ page }) => {
    await page.goto("/practice?track=coding");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpractice%3Ftrack%3Dcoding$/);
  });
});
