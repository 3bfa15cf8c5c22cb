/**
 * What the admin specs share: the admin the e2e server creates at start, a second signed-in
 * candidate in their own browser, and the question-bank steps (find a row, fill the new-question dialog).
 */
import { randomUUID } from "node:crypto";
import type { Browser, Locator, Page, TestInfo } from "@playwright/test";
import { testPassword } from "../../test/secret-marker";
import { expect, registerUser, signInThroughApi, uniqueEmail, type TTestUser } from "../fixtures";
import { E2E_ADMIN } from "../server-env";

/**
 * The e2e server creates this admin at start (server-env.ts passes it as ADMIN_EMAIL / ADMIN_PASSWORD,
 * whatever the shell running the tests has set).
 */
export const ADMIN = E2E_ADMIN;

export async function signInAsAdmin(page: Page): Promise<void> {
  try {
    await signInThroughApi(page, ADMIN);
  } catch (error) {
    throw new Error(`The e2e server has no admin ${ADMIN.email}: start it with ADMIN_EMAIL and ADMIN_PASSWORD (see e2e/server-env.ts). ${String(error)}`);
  }
}

/** A second signed-in person (the candidate) in their own browser context, from their own client IP. */
export async function candidatePage(browser: Browser, testInfo: TestInfo): Promise<{ page: Page; user: TTestUser; close: () => Promise<void> }> {
  const ip = `198.19.${Math.floor(Math.random() * 254) + 1}.${Math.floor(Math.random() * 254) + 1}`;
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  const user = { name: "Casey Candidate", email: uniqueEmail(), password: testPassword("candidate") };
  await registerUser(page.request, user);
  await signInThroughApi(page, user);
  return { page, user, close: () => context.close() };
}

/** Searches the question bank for a slug and returns its one row. */
export async function findQuestion(page: Page, slug: string): Promise<Locator> {
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill(slug);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const row = page.getByRole("row").filter({ hasText: slug });
  await expect(row).toHaveCount(1);
  return row;
}

export interface TNewQuestion {
  slug: string;
  track: string;
  level: string;
  text: string;
  tags?: string;
  keyPoints: string[];
  sampleAnswer: string;
}

/** Fills the "New question" dialog's fields (it does not submit: the specs check different things before and after). */
export async function fillNewQuestion(dialog: Locator, question: TNewQuestion): Promise<void> {
  await dialog.getByLabel("Slug").fill(question.slug);
  await dialog.getByLabel("Track").selectOption(question.track);
  await dialog.getByLabel("Level").selectOption(question.level);
  await dialog.getByLabel("Question", { exact: true }).fill(question.text);
  if (question.tags !== undefined) await dialog.getByLabel("Tags").fill(question.tags);
  await dialog.getByLabel("Key points").fill(question.keyPoints.join("\n"));
  await dialog.getByLabel("Sample answer").fill(question.sampleAnswer);
}

/**
 * Opens the "New question" dialog on /admin/questions and fills it with a fresh `<prefix>-<8 hex>` slug;
 * a junior coding question unless the track and level are given. Returns the dialog and the slug.
 */
export async function openNewQuestion(
  page: Page,
  slugPrefix: string,
  question: Omit<TNewQuestion, "slug" | "track" | "level"> & Partial<Pick<TNewQuestion, "track" | "level">>,
): Promise<{ dialog: Locator; slug: string }> {
  const slug = `${slugPrefix}-${randomUUID().slice(0, 8)}`;
  await page.getByRole("button", { name: "New question" }).click();
  const dialog = page.getByRole("dialog", { name: "New question" });
  await fillNewQuestion(dialog, { track: "coding", level: "junior", ...question, slug });
  return { dialog, slug };
}
