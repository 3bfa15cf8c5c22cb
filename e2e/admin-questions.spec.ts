import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { fillNewQuestion, signInAsAdmin } from "./helpers/admin";
import { saveScreen } from "./screens";

test.describe("admin console: questions", () => {

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
    await fillNewQuestion(dialog, {
      slug,
      track: "behavioral",
      level: "mid",
      text: "Tell me about a time you changed a teammate's mind with data.",
      tags: "influence, data",
      keyPoints: ["A specific disagreement", "The data you brought", "The measured result"],
      sampleAnswer: "When my teammate wanted a big-bang release, I compared our rollback history and we shipped behind a flag.",
    });
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
});
