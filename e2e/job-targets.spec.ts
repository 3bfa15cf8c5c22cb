/**
 * Practise for a job: paste a description, see the extracted requirements, practise the tailored
 * interview (answer every question), and see the job coverage in the report. Screenshots at
 * desktop and 390 px through e2e/screens.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { expect, test } from "./fixtures";
import { verifyEmailFromMailbox } from "./practice-helpers";
import { saveScreen } from "./screens";

const DESCRIPTION = fs.readFileSync(path.resolve("test/fixtures/job-descriptions/behavioral-engineering-manager.txt"), "utf8");
const ANSWER =
  "In my last role I led a team of seven engineers through a reorganisation. The situation: two teams merged and delivery had slipped by a month. " +
  "I ran one-on-ones with every engineer in the first week, gave honest feedback to a senior engineer who was blocking reviews, and agreed a plan with the product manager to cut scope. " +
  "As a result we shipped the release three weeks later with no critical incidents, and attrition stayed at zero. " +
  "I learned to raise conflicts early, and since then I write down decisions and share them with stakeholders the same day.";

test("paste a job description → requirements → tailored interview answered → coverage in the report", async ({ page, signedInUser }) => {
  test.setTimeout(240_000);
  const consoleErrors: string[] = [];
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await verifyEmailFromMailbox(page, signedInUser.email);

  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Practise for a job" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No jobs yet" })).toBeVisible();
  await saveScreen(page, "jobs-empty");

  await page.getByRole("link", { name: "Add your first job" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a job" })).toBeVisible();
  // The schema's own message, before anything is sent.
  await page.getByRole("button", { name: "Save and extract requirements" }).click();
  await expect(page.getByText("Give the job a title.")).toBeVisible();
  await page.getByLabel("Job title").fill("Engineering Manager");
  await page.getByLabel(/^Company/).fill("Kestrel Software");
  await page.getByLabel("Level").selectOption("senior");
  await page.getByLabel("Job description").fill(DESCRIPTION);
  // The CV from a PDF: the server reads its text into the field.
  const cv = await PDFDocument.create();
  const font = await cv.embedFont(StandardFonts.Helvetica);
  ["Alex Doe, engineering manager", "2019-2025 Engineering manager at Heron Health: team of 8", "Hired 5 engineers, ran quarterly planning"].forEach((line, index) =>
    cv.addPage().drawText(line, { x: 40, y: 780 - index * 20, size: 12, font }),
  );
  await page.locator('input[type="file"]').nth(1).setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(await cv.save()) });
  await expect(page.getByText(/^Read \d+ characters from cv\.pdf\.$/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel(/^Your CV/)).toHaveValue(/Heron Health/);
  await saveScreen(page, "jobs-new");
  await page.getByRole("button", { name: "Save and extract requirements" }).click();

  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Engineering Manager" })).toBeVisible();
  const requirements = page.getByRole("textbox", { name: /^Requirement \d+$/ });
  await expect(requirements.first()).toBeVisible();
  expect(await requirements.count()).toBeGreaterThanOrEqual(8);
  const texts = await requirements.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(texts.join("\n")).toContain("Hire, coach and grow a team of seven engineers");
  expect(texts.join("\n")).not.toContain("leadership coaching budget");
  await saveScreen(page, "jobs-item");

  await page.getByRole("button", { name: "Practise for this job" }).click();
  await expect(page).toHaveURL(/\/practice\/[0-9a-f-]{36}/, { timeout: 30_000 });
  const interviewId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByText(/Practising for/)).toBeVisible();
  const counter = page.getByText(/^Question 1 of (\d+)$/);
  await expect(counter).toBeVisible();
  const total = Number(/of (\d+)/.exec((await counter.textContent()) ?? "")![1]);
  expect(total).toBe(5);

  for (let index = 1; index <= total; index += 1) {
    await expect(page.getByText(`Question ${index} of ${total}`)).toBeVisible();
    await page.getByLabel("Your answer", { exact: true }).fill(ANSWER);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("article", { name: "Your score", exact: true })).toBeVisible({ timeout: 30_000 });
    if (index < total) await page.getByRole("button", { name: "Next question" }).click();
  }
  await saveScreen(page, "practice-job-item");
  await page.getByRole("button", { name: "Finish interview" }).click();

  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/report$`), { timeout: 30_000 });
  const coverage = page.getByRole("region", { name: /Job coverage: Engineering Manager at Kestrel Software/ });
  await expect(coverage).toBeVisible();
  await expect(coverage.getByText(/Your answers showed \d+ of \d+ requirements/)).toBeVisible();
  // Every question was answered: the requirements they were picked for are no longer "not yet shown".
  await expect(coverage.getByText(/^(Shown|Answered, not yet convincing)$/).first()).toBeVisible();
  await expect(coverage.getByText("Not yet shown").first()).toBeVisible();
  await saveScreen(page, "interviews-item-report-job");

  // Progress by job: the job page lists this interview with a link to its report.
  await page.goto(`/jobs`);
  await page.getByRole("link", { name: "Engineering Manager" }).click();
  await expect(page.getByRole("link", { name: "Report and coverage" })).toHaveAttribute("href", `/interviews/${interviewId}/report`);
  const jobId = new URL(page.url()).pathname.split("/").pop()!;

  // Progress filtered by the job: the URL carries ?job=, the numbers are this job's interview.
  await page.goto("/progress");
  await page.getByLabel("Job", { exact: true }).selectOption({ label: "Engineering Manager · Kestrel Software" });
  await expect(page).toHaveURL(new RegExp(`/progress\\?job=${jobId}$`));
  await expect(page.getByText("Across 1 completed interview")).toBeVisible();
  await expect(page.getByRole("heading", { name: /No completed interviews for/ })).toHaveCount(0);
  await saveScreen(page, "progress-job");
  await page.getByLabel("Job", { exact: true }).selectOption({ label: "All practice" });
  await expect(page).toHaveURL(/\/progress$/);
  expect(consoleErrors).toEqual([]);
});
