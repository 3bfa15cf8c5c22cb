import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { testPassword } from "../test/secret-marker";
import { gotoDevMailbox, withDevMailbox } from "./dev-mailbox";
import { expect, latestMailTo, registerUser, test } from "./fixtures";
import { saveScreen } from "./screens";

const header = (page: Page) => page.getByRole("banner");

async function signInWithForm(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signOutFromHeader(page: Page) {
  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
}

test.describe("accounts in the browser", () => {
  test("sign up → check your inbox → verify from the mailbox → sign out → sign in → sign out", async ({ page, newUser }) => {
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
    await saveScreen(page, "auth-sign-up");

    // Submitting empty: every field says what is wrong, and focus lands on the first one.
    await page.getByRole("button", { name: "Create account" }).click();
    const nameField = page.getByLabel("Name");
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute("aria-invalid", "true");
    await expect(nameField).toHaveAccessibleDescription(/Enter your name/);
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");

    await nameField.fill(newUser.name);
    await page.getByLabel("Email").fill(newUser.email);
    await page.getByLabel("Password", { exact: true }).fill(newUser.password);
    await expect(page.getByText(/Password strength:/)).toBeVisible();
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByRole("heading", { name: "Check your inbox to finish" })).toBeFocused();
    await expect(page.getByText(newUser.email).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "No email after a few minutes?" })).toBeVisible();
    // The new account is signed in: Continue lands on the dashboard, whose banner can send a new link.
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(header(page).getByRole("link", { name: new RegExp(newUser.name) })).toBeVisible();
    await page.getByRole("button", { name: "Resend the email" }).click();
    await expect(page.getByText(`Sent. Check ${newUser.email} for the new link.`)).toBeVisible();

    const verifyLink = await latestMailTo(page, newUser.email, "/verify-email");
    await page.goto(verifyLink);
    await expect(page.getByRole("heading", { name: "Your email is verified" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to your dashboard" })).toHaveAttribute("href", "/dashboard");
    // The banner asking to verify is gone once verified.
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Email verification" })).toHaveCount(0);

    await signOutFromHeader(page);
    await expect(page).toHaveURL(/\/$/);

    // The same link opened again, signed out (a second click, another browser): not a dead end but "already verified", and signing in.
    await page.goto(verifyLink);
    await expect(page.getByRole("heading", { name: "Your email is already verified" })).toBeFocused();
    await expect(page.getByText("This verification link doesn’t work")).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", "/sign-in");

    await page.goto("/sign-in");
    await saveScreen(page, "auth-sign-in");
    await signInWithForm(page, newUser.email, newUser.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(header(page).getByRole("link", { name: new RegExp(newUser.name) })).toBeVisible();
    await page.goto("/settings");
    await expect(page.getByText("Verified", { exact: true })).toBeVisible();

    await signOutFromHeader(page);
  });

  test("sign-up with an email that has an account: the same page as a new one, and the owner is emailed instead", async ({ page, newUser }) => {
    await registerUser(page.request, newUser);

    async function signUp(email: string, password: string): Promise<string> {
      await page.goto("/sign-up");
      await page.getByLabel("Name").fill("Someone Else");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("heading", { name: "Check your inbox to finish" })).toBeFocused();
      return (await page.getByRole("main").innerText()).replaceAll(email, "<email>");
    }

    const existing = await signUp(newUser.email, testPassword("e2e-intruder"));
    await saveScreen(page, "auth-sign-up-existing");
    await expect(page.getByRole("main").getByRole("link", { name: "reset your password" })).toHaveAttribute("href", "/forgot-password");
    // Not the owner's password, so no session: Continue leads to signing in.
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    const notice = await latestMailTo(page, newUser.email, "/sign-in");
    expect(notice).toBe("/sign-in");
    await withDevMailbox(page, async (mailbox) => {
      await gotoDevMailbox(mailbox);
      const newestToOwner = mailbox.getByRole("listitem").filter({ hasText: newUser.email }).first();
      await expect(newestToOwner.getByRole("heading", { name: "Someone tried to sign up to Rehearse with your email" })).toBeVisible();
      await expect(newestToOwner.getByRole("link", { name: /\/forgot-password$/ })).toBeVisible();
    });

    // A brand-new address gets word for word the same page.
    const fresh = await signUp(`fresh-${newUser.email}`, testPassword("e2e-fresh"));
    expect(fresh).toBe(existing);
  });

  test("forgot password → reset link from the mailbox → the new password works, the old one does not", async ({ page, newUser }) => {
    await registerUser(page.request, newUser);

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
    await page.getByLabel("Email").fill(newUser.email);
    await page.getByRole("button", { name: "Send the reset link" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    await expect(page.getByText(`If an account exists for ${newUser.email}`)).toBeVisible();

    // The same confirmation for an address with no account: the page never tells who has one.
    await page.getByRole("button", { name: "Try another email" }).click();
    await page.getByLabel("Email").fill(`nobody-${newUser.email}`);
    await page.getByRole("button", { name: "Send the reset link" }).click();
    await expect(page.getByText(`If an account exists for nobody-${newUser.email}`)).toBeVisible();

    const resetLink = await latestMailTo(page, newUser.email, "/reset-password");
    const newPassword = testPassword("e2e-reset");
    await page.goto(resetLink);
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByRole("heading", { name: "Your password is changed" })).toBeVisible();

    // A spent link says so at once (no form to fill first) and offers a new one.
    await page.goto(resetLink);
    await expect(page.getByRole("heading", { name: "This reset link doesn’t work" })).toBeVisible();
    await expect(page.getByLabel("New password")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/forgot-password");

    await page.goto("/sign-in");
    await signInWithForm(page, newUser.email, newUser.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);

    await page.getByLabel("Password", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(header(page).getByRole("link", { name: new RegExp(newUser.name) })).toBeVisible();
  });

  test("settings: profile name shows in the header, export downloads JSON, delete signs out for good", async ({ page, signedInUser }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByText("Not verified", { exact: true })).toBeVisible();
    await saveScreen(page, "auth-settings");

    const newName = `Renamed ${signedInUser.name}`;
    const profile = page.getByRole("region", { name: "Profile" });
    await profile.getByLabel("Name").fill(newName);
    await profile.getByLabel("Preferred track").selectOption({ label: "Software engineering" });
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByRole("status")).toHaveText("Saved.");
    await expect(header(page).getByRole("link", { name: new RegExp(newName) })).toBeVisible();

    // A bad age is refused on the field, with focus on it.
    await profile.getByLabel("Age").fill("7");
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(profile.getByLabel("Age")).toBeFocused();
    await expect(profile.getByLabel("Age")).toHaveAccessibleDescription(/at least 13/);
    await profile.getByLabel("Age").fill("");

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export my data" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("rehearse-export.json");
    const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as { user: { email: string; name: string } };
    expect(exported.user.email).toBe(signedInUser.email);
    expect(exported.user.name).toBe(newName);

    const danger = page.getByRole("region", { name: "Danger zone" });
    await danger.getByRole("button", { name: "Delete my account…" }).click();
    await expect(danger.getByText("It cannot be undone.")).toBeVisible();
    const confirmPassword = danger.getByLabel("Your password");
    await expect(confirmPassword).toBeFocused();
    await confirmPassword.fill(testPassword("e2e-wrong"));
    await danger.getByRole("button", { name: "Delete my account forever" }).click();
    await expect(confirmPassword).toHaveAccessibleDescription(/Your password is not correct/);
    await expect(confirmPassword).toBeFocused();
    await confirmPassword.fill(signedInUser.password);
    await danger.getByRole("button", { name: "Delete my account forever" }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.goto("/settings");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)settings$/);
    await signInWithForm(page, signedInUser.email, signedInUser.password);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
  });
});
