import type { Page } from "@playwright/test";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { expect, test } from "./fixtures";
import { verifyEmailFromMailbox } from "./practice-helpers";
import { saveScreen } from "./screens";

const interviewUrl = /\/practice\/[0-9a-f-]{36}(\?.*)?$/;

/** The bank question on screen, with its reference solutions (the test types one in, as a candidate would). */
async function questionOnScreen(page: Page) {
  const text = (await page.getByRole("heading", { level: 2 }).first().innerText()).trim();
  const question = SEED_QUESTIONS.find((q) => q.track === "coding" && q.text.trim() === text);
  if (!question?.coding) throw new Error(`no runnable bank question with the text ${JSON.stringify(text)}`);
  return question.coding;
}

/**
 * Types code into CodeMirror line by line with the keyboard. After each Enter the editor indents by
 * itself; Shift+Home selects that indentation so the typed line (with its own indentation) replaces it.
 * A bracket the editor closed by itself at the end of a line (`{` → `{}`) is deleted: the code types its own.
 */
async function typeCode(page: Page, code: string) {
  const editor = page.getByRole("textbox", { name: /^Your solution in/ });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  const lines = code.trim().split("\n");
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.press("Enter");
      await page.keyboard.press("Shift+Home");
      if (line.trim() === "") {
        // Only the indentation the editor put there goes (Delete at the end of the code removes nothing else).
        await page.keyboard.press("Delete");
        continue;
      }
    }
    await page.keyboard.type(line);
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Delete");
  }
  // Auto-closed brackets and quotes are stepped over as they are typed, so the text is exactly the code.
  await expect.poll(async () => (await page.locator(".cm-line").allTextContents()).join("\n").trimEnd()).toBe(code.trim());
}

async function startCodingInterview(page: Page, email: string) {
  await verifyEmailFromMailbox(page, email);
  await page.goto("/practice?track=coding&level=intern&count=1&autostart=1");
  await page.getByRole("button", { name: "Yes, use 1 interview and start" }).click();
  await expect(page).toHaveURL(interviewUrl, { timeout: 20_000 });
  return questionOnScreen(page);
}

async function runTestsAndExpectPass(page: Page, count: number) {
  await page.getByRole("button", { name: "Run tests" }).click();
  const results = page.getByTestId("test-results");
  await expect(results.getByRole("status")).toHaveText(new RegExp(`^All tests passed: ${count} of ${count} passed`), { timeout: 90_000 });
  await expect(results.getByRole("table")).toContainText("Passed");
}

async function submitAndSeeTests(page: Page, scoreTitle: string) {
  await page.getByLabel(/^Explain your approach/).fill("A hash map or a stack, one pass: O(n) time and O(n) space; empty input returns the empty result.");
  await page.getByRole("button", { name: "Submit answer" }).click();
  const card = page.getByRole("article", { name: scoreTitle, exact: true });
  await expect(card).toBeVisible({ timeout: 60_000 });
  const tests = page.getByRole("region", { name: "Tests run on your code" });
  await expect(tests.getByRole("status")).toHaveText(/^All tests passed: (\d+) of \1 passed/);
  await expect(tests.getByText("(hidden)").first()).toBeVisible();
  // A hidden test's values stay on the server: its row says so instead.
  await expect(tests.getByText("Input, expected value and output of a hidden test are not shown.").first()).toBeVisible();
}

/** At 390 px the verdict column stays in view beside long hidden case names ("large: pair at the end of 100,000"). */
async function expectVerdictsInViewOnAPhone(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const table = page.getByRole("region", { name: "Tests run on your code" }).getByRole("table");
  const scroller = (await table.locator("xpath=..").boundingBox())!;
  const verdicts = table.getByRole("cell", { name: "Passed", exact: true });
  await expect(verdicts.first()).toBeVisible();
  for (const verdict of await verdicts.all()) {
    const box = (await verdict.boundingBox())!;
    expect(box.x + box.width, "a verdict cell ends inside the table's visible width").toBeLessThanOrEqual(scroller.x + scroller.width);
  }
  if (viewport) await page.setViewportSize(viewport);
}

test("coding: write Python in the editor, run the examples in the browser, submit and see the tests; then JavaScript", async ({ page, signedInUser }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const spec = await startCodingInterview(page, signedInUser.email);

  // Python: the starting code is there; type a solution with the keyboard.
  const editor = page.getByRole("textbox", { name: "Your solution in Python. Press Escape, then Tab, to leave the editor." });
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await expect(editor).toContainText(spec.signatures.python.split("\n")[0]!.trim());
  await typeCode(page, spec.reference.python);
  // Tab indents inside the editor; Esc then Tab leaves it.
  await page.keyboard.press("Tab");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(editor).not.toBeFocused();
  await expect(page.getByRole("button", { name: "Run tests" })).toBeFocused();

  await runTestsAndExpectPass(page, spec.examples.length);
  await saveScreen(page, "practice-coding-editor");
  await submitAndSeeTests(page, "Your score");
  await saveScreen(page, "practice-coding-score");
  await expectVerdictsInViewOnAPhone(page);

  // JavaScript: retry, switch the language (the Python code stays with Python), type, run, submit.
  await page.getByRole("button", { name: "Retry this question" }).click();
  await page.getByRole("region", { name: "Code" }).getByLabel("Language").selectOption("javascript");
  const jsEditor = page.getByRole("textbox", { name: /^Your solution in JavaScript/ });
  await expect(jsEditor).toContainText(spec.signatures.javascript.split("\n")[0]!.trim());
  await typeCode(page, spec.reference.javascript);
  await runTestsAndExpectPass(page, spec.examples.length);
  await submitAndSeeTests(page, "Your score, attempt 2");
  expect(errors).toEqual([]);
});

test("coding: a wrong answer's failing case is shown in the browser run, and an endless loop ends as a time limit", async ({ page, signedInUser }) => {
  test.setTimeout(180_000);
  const spec = await startCodingInterview(page, signedInUser.email);
  await page.getByRole("region", { name: "Code" }).getByLabel("Language").selectOption("javascript");
  const name = spec.signatures.javascript.match(/function (\w+)/)?.[1] ?? "solve";
  await typeCode(page, `function ${name}() {\n  while (true) {}\n}`);
  await page.getByRole("button", { name: "Run tests" }).click();
  const results = page.getByTestId("test-results");
  await expect(results.getByRole("status")).toHaveText(/^Time limit exceeded/, { timeout: 30_000 });
  await expect(results.getByRole("cell", { name: "Time limit", exact: true }).first()).toBeVisible();
  // The sandbox is fine afterwards: a wrong value is a "Wrong answer" row with the expected value.
  await typeCode(page, `function ${name}() {\n  return 42;\n}`);
  await page.getByRole("button", { name: "Run tests" }).click();
  await expect(results.getByRole("status")).toHaveText(/^Some tests failed: 0 of/, { timeout: 30_000 });
  await expect(results.getByRole("cell", { name: "Wrong answer" }).first()).toBeVisible();
});
