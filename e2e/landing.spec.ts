import { expect, test } from "@playwright/test";
import { keepScreenshot } from "./screens";

test("the landing page says what Rehearse is, for whom, and is keyboard reachable", async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Rehearse the interview/);
  const tracks = page.getByRole("region", { name: "Four tracks, four levels" });
  await expect(tracks).toBeVisible();
  for (const track of ["Product management", "Software engineering", "Behavioral", "Coding"]) {
    await expect(tracks.getByRole("heading", { name: track, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();

  // The first Tab reaches the skip link, which moves focus to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  // CSP with a nonce and the other security headers are on the page.
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("base-uri 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();

  // Hydration worked under the CSP: no script was blocked.
  expect(errors.filter((error) => /Content Security Policy|Refused to/.test(error))).toEqual([]);

  await keepScreenshot(page, testInfo.outputPath("landing.png"));
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await keepScreenshot(page, testInfo.outputPath("landing-mobile.png"));
});

test("an unknown page gets the 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});
