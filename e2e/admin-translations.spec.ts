import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import { expect, signInThroughApi, test } from "./fixtures";
import { ADMIN } from "./helpers/admin";
import { saveScreen } from "./screens";

const SLUG = "bh-improved-team-process";
const KOREAN_SAMPLE_ANSWER = SEED_TRANSLATIONS.ko[SLUG]!.sampleAnswer!;

test.describe("admin: question translations", () => {
  test("an admin empties a Korean field, finds the question under 'missing in Korean', translates it back in its tab, and the list stops listing it", async ({ page }) => {
    await signInThroughApi(page, ADMIN);
    await page.goto(`/admin/questions?q=${SLUG}`);
    const row = page.getByRole("row").filter({ hasText: SLUG });
    await expect(row.getByText("RU: translated")).toBeVisible();
    await expect(row.getByText("KO: translated")).toBeVisible();

    await row.getByRole("button", { name: `Translate ${SLUG}` }).click();
    const dialog = page.getByRole("dialog", { name: `Translations of “${SLUG}”` });
    const russian = dialog.getByRole("tab", { name: /Русский/ });
    await expect(russian).toHaveAttribute("aria-selected", "true");
    await expect(dialog.getByText("Every field is translated.")).toBeVisible();
    // The tabs follow the arrow keys.
    await russian.focus();
    await russian.press("ArrowRight");
    const korean = dialog.getByRole("tab", { name: /한국어/ });
    await expect(korean).toBeFocused();
    await expect(korean).toHaveAttribute("aria-selected", "true");

    const sampleAnswer = dialog.getByLabel("Sample answer", { exact: true });
    await expect(sampleAnswer).toHaveValue(KOREAN_SAMPLE_ANSWER);
    await sampleAnswer.fill("");
    await dialog.getByRole("button", { name: "Save 한국어" }).click();
    await expect(dialog.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(dialog.getByText("Shown in English for now: the sample answer.")).toBeVisible();
    await dialog.getByRole("button", { name: /^Close/ }).click();

    await page.goto(`/admin/questions?q=${SLUG}&missing=ko`);
    const listed = page.getByRole("row").filter({ hasText: SLUG });
    await expect(listed.getByText("KO: partial")).toBeVisible();
    await listed.getByRole("button", { name: `Translate ${SLUG}` }).click();
    // The dialog opens on the language that needs work.
    await expect(dialog.getByRole("tab", { name: /한국어/ })).toHaveAttribute("aria-selected", "true");
    await dialog.getByLabel("Sample answer", { exact: true }).fill(KOREAN_SAMPLE_ANSWER);
    await dialog.getByRole("button", { name: "Save 한국어" }).click();
    await expect(dialog.getByText("Every field is translated.")).toBeVisible();
    await saveScreen(page, "admin-translations-korean-tab");
    await dialog.getByRole("button", { name: /^Close/ }).click();

    await page.goto(`/admin/questions?q=${SLUG}&missing=ko`);
    await expect(page.getByRole("row").filter({ hasText: SLUG })).toHaveCount(0);
  });
});
