import type { Page, TestInfo } from "@playwright/test";
import { testPassword } from "../test/secret-marker";
import { expect, latestMailTo, registerUser, test } from "./fixtures";

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-mobile.png`) });
  if (desktop) await page.setViewportSize(desktop);
}

test("visual states", async ({ page, newUser }, testInfo) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await shot(page, testInfo, "01-sign-up-errors");
  await page.getByLabel("Name").fill(newUser.name);
  await page.getByLabel("Email").fill(newUser.email);
  await page.getByLabel("Password", { exact: true }).fill("password1");
  await page.waitForTimeout(1500);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/most commonly used/)).toBeVisible();
  await shot(page, testInfo, "02-sign-up-common-password");
  await page.getByLabel("Password", { exact: true }).fill(newUser.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox to verify your email" })).toBeVisible();
  await shot(page, testInfo, "03-check-inbox");
  await page.goto("/");
  await shot(page, testInfo, "04-landing-banner");
  await page.goto("/settings#danger-zone");
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByRole("button", { name: "Delete my account forever" }).click();
  await shot(page, testInfo, "05-delete-confirm");
  await page.goto("/verify-email?token=" + "x".repeat(40));
  await expect(page.getByRole("heading", { name: "This verification link doesn’t work" })).toBeVisible();
  await shot(page, testInfo, "06-verify-invalid");
  await page.goto(await latestMailTo(page, newUser.email, "/verify-email"));
  await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
  await shot(page, testInfo, "07-verified");
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  // Keyboard only: from the top of the sign-in page, Tab reaches the fields in order.
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.goto("/sign-in?callbackUrl=/settings");
  await page.getByLabel("Email").fill(newUser.email);
  await page.getByLabel("Password", { exact: true }).fill(testPassword("wrong"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await shot(page, testInfo, "08-sign-in-wrong");
  await page.goto("/sign-in?error=OAuthAccountNotLinked");
  await shot(page, testInfo, "09-sign-in-oauth-error");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(newUser.email);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await shot(page, testInfo, "10-forgot-sent");
  await page.goto("/reset-password");
  await shot(page, testInfo, "11-reset-no-token");
  await page.goto(await latestMailTo(page, newUser.email, "/reset-password"));
  await page.getByLabel("New password").fill("abc");
  await page.waitForTimeout(1500);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await shot(page, testInfo, "12-reset-form-error");
  void registerUser;
});
