import { expect, test } from "./fixtures";
import { findQuestion, openNewQuestion, signInAsAdmin } from "./helpers/admin";
import { saveScreen } from "./screens";

test.describe("admin: question follow-ups", () => {
  test("a seeded question shows its follow-ups; an admin adds, checks and removes follow-ups with the dimension each probes", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/questions");
    await expect(page.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();

    // The bank's follow-ups are in the scorer's part of the preview.
    const seeded = await findQuestion(page, "code-two-sum");
    await seeded.getByRole("button", { name: "Preview code-two-sum" }).click();
    const preview = page.getByRole("dialog", { name: "Preview: what a candidate sees" });
    await preview.getByText("What the scorer checks").click();
    await expect(preview.getByText("If the array were already sorted, how could you solve it with O(1) extra space?")).toBeVisible();
    await expect(preview).toContainText("probes Complexity");
    await preview.getByRole("button", { name: /^Close/ }).click();

    const { dialog, slug } = await openNewQuestion(page, "e2e-fu", {
      text: "Reverse the order of the words in a sentence.",
      keyPoints: ["Split on whitespace", "Reverse the list of words", "Handle several spaces"],
      sampleAnswer: "Split the sentence into words, reverse the list and join it with single spaces.",
    });
    await expect(dialog.getByText("No follow-ups yet.")).toBeVisible();

    await dialog.getByRole("button", { name: "Add a follow-up" }).click();
    const first = dialog.getByLabel("Follow-up 1");
    await expect(first).toBeFocused();
    await first.fill("What does your code do with several spaces between words?");
    await dialog.getByRole("button", { name: "Create question" }).click();
    await expect(dialog.getByText("Follow-up 1: Choose the dimension it probes.")).toBeVisible();
    await expect(first).toBeFocused();
    await dialog.getByRole("combobox", { name: "Probes" }).selectOption({ label: "Code quality" });
    // Another track's rubric has no "code quality": switching clears the choice instead of keeping a wrong key.
    await dialog.getByLabel("Track").selectOption("behavioral");
    await expect(dialog.getByRole("combobox", { name: "Probes" })).toHaveValue("");
    await dialog.getByLabel("Track").selectOption("coding");
    await dialog.getByRole("combobox", { name: "Probes" }).selectOption({ label: "Code quality" });
    await saveScreen(page, "admin-follow-ups-follow-ups-form");
    await dialog.getByRole("button", { name: "Create question" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Created “${slug}”.` })).toBeVisible();

    const row = await findQuestion(page, slug);
    await row.getByRole("button", { name: `Edit ${slug}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit “${slug}”` });
    await expect(edit.getByLabel("Follow-up 1")).toHaveValue("What does your code do with several spaces between words?");
    await expect(edit.getByRole("combobox", { name: "Probes" })).toHaveValue("code_quality");
    await edit.getByRole("button", { name: "Remove follow-up 1" }).click();
    await expect(edit.getByRole("button", { name: "Add a follow-up" })).toBeFocused();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `Saved “${slug}”.` })).toBeVisible();
  });
});
