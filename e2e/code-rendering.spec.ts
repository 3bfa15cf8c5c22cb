import { SEED_QUESTIONS } from "@/db/seed/questions";
import { expect, test } from "./fixtures";
import { findQuestion, openNewQuestion, signInAsAdmin } from "./helpers/admin";
import { saveScreen } from "./screens";

test.describe("code rendered as code", () => {
  test("a seeded coding question's sample answer shows highlighted code with its indentation", async ({ page }) => {
    const twoSum = SEED_QUESTIONS.find((q) => q.slug === "code-two-sum")!;
    const code = /```python\n([\s\S]+?)\n```/.exec(twoSum.sampleAnswer)![1]!;
    await signInAsAdmin(page);
    await page.goto("/admin/questions");
    const row = await findQuestion(page, "code-two-sum");
    await row.getByRole("button", { name: "Preview code-two-sum" }).click();
    const preview = page.getByRole("dialog", { name: "Preview: what a candidate sees" });
    await preview.getByText("What the scorer checks").click();

    const block = preview.locator("pre[data-language='python']");
    await expect(block).toHaveAttribute("data-highlighted", "true");
    await expect(block).toBeVisible();
    const style = await block.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { whiteSpace: computed.whiteSpace, fontFamily: computed.fontFamily };
    });
    expect(style.whiteSpace).toBe("pre");
    expect(style.fontFamily).toMatch(/mono|Menlo|Consolas|Courier/i);
    // The whole block is the sample's code exactly, and a nested line keeps its eight spaces.
    expect(await block.locator("code").textContent()).toBe(code);
    await expect(block.locator("[data-line='5']")).toHaveText("\n        if complement in seen:");
    // Coloured by the highlighter: "def" is a keyword span.
    const keywordColor = await block.locator("span", { hasText: /^def$/ }).first().evaluate((element) => getComputedStyle(element).color);
    expect(keywordColor).toBe("rgb(207, 34, 46)");
    // The dialog scrolls on its own: bring the code into its view for the screenshots.
    await block.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await saveScreen(page, "admin-questions-preview-code");
  });

  test("an admin edits a test, sees the reference fail and activation refused, fixes it and activates", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAsAdmin(page);
    await page.goto("/admin/questions");
    const { dialog: create, slug } = await openNewQuestion(page, "e2e-code", {
      text: "Return the sum of a list of integers.",
      keyPoints: ["Loop once and add", "An empty list sums to 0"],
      sampleAnswer: "Add the numbers in one pass:\n\n```python\ndef solve(nums):\n    return sum(nums)\n```",
    });
    await create.getByLabel("Active", { exact: true }).uncheck();
    await create.getByRole("button", { name: "Create question" }).click();
    await expect(create).toBeHidden();

    // Break the first test: the sum of [1, 2, 3] is not 7.
    let row = await findQuestion(page, slug);
    await row.getByRole("button", { name: `Tests of ${slug}` }).click();
    let dialog = page.getByRole("dialog", { name: `Tests of “${slug}”` });
    await expect(dialog.getByLabel("Test 1 name")).toHaveValue("example");
    await dialog.getByLabel("Expected (JSON)").first().fill("7");
    await dialog.getByRole("button", { name: "Add a test" }).click();
    await dialog.getByLabel("Test 2 name").fill("empty");
    await dialog.getByLabel("Arguments (JSON array)").nth(1).fill("[[]]");
    await dialog.getByLabel("Expected (JSON)").nth(1).fill("0");
    await dialog.getByRole("button", { name: "Run the reference solution" }).click();
    const results = dialog.getByTestId("reference-results");
    await expect(results).toContainText("can’t be activated until they all pass", { timeout: 60_000 });
    await expect(results.getByRole("row").filter({ hasText: "example" }).first()).toContainText("Wrong answer");
    await expect(results.getByRole("row").filter({ hasText: "empty" }).first()).toContainText("Passed");
    await results.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await saveScreen(page, "admin-questions-coding-tests");
    await dialog.getByRole("button", { name: "Save tests" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Saved the tests of “${slug}”.` })).toBeVisible();

    // Activation is refused by the server, with the failing test named.
    row = await findQuestion(page, slug);
    await row.getByRole("button", { name: `Activate ${slug}` }).click();
    const alert = page.getByRole("alert").filter({ hasText: "can’t be activated" });
    await expect(alert).toBeVisible({ timeout: 60_000 });
    await expect(alert).toContainText("“example”: expected 7, got 6");
    await expect(row.getByText("Inactive", { exact: true })).toBeVisible();

    // Fix the test, check, save, activate.
    await row.getByRole("button", { name: `Tests of ${slug}` }).click();
    dialog = page.getByRole("dialog", { name: `Tests of “${slug}”` });
    await expect(dialog.getByLabel("Test 2 name")).toHaveValue("empty");
    await dialog.getByLabel("Expected (JSON)").first().fill("6");
    await dialog.getByRole("button", { name: "Run the reference solution" }).click();
    await expect(dialog.getByTestId("reference-results")).toContainText("pass all 2 tests in both languages", { timeout: 60_000 });
    await dialog.getByRole("button", { name: "Save tests" }).click();
    await expect(dialog).toBeHidden();
    row = await findQuestion(page, slug);
    await row.getByRole("button", { name: `Activate ${slug}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Activated “${slug}”.` })).toBeVisible({ timeout: 60_000 });
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
  });
});
