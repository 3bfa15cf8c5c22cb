/**
 * Reading the dev mailbox from tests. The e2e server runs in production mode on the embedded
 * database, where the mailbox answers only a request from the machine itself that no proxy forwarded
 * (server/client-ip.ts isLocalMachineRequest). Every test acts as a remote client (its own
 * X-Forwarded-For, see fixtures.ts), so the mailbox is read as the developer would read it: from a
 * browser context or request context of its own, on this machine, with no forwarding header.
 */
import { expect, request, test, type Page } from "@playwright/test";

/**
 * Options for a context of the machine's own: inside a test, Playwright fills every option a new
 * context leaves out from the test's own (the fixture's X-Forwarded-For included), so the empty
 * header set is spelled out.
 */
function localContextOptions() {
  return { baseURL: baseURL(), extraHTTPHeaders: {} };
}

const MAILBOX_OPEN = "the dev mailbox is open (no SMTP_URL, embedded database)";

function baseURL(): string {
  const url = test.info().project.use.baseURL;
  if (!url) throw new Error("the Playwright project has no baseURL");
  return url;
}

/** Runs `read` on a page showing /dev/mailbox in a context of its own, and closes it after. */
export async function withDevMailbox<T>(page: Page, read: (mailbox: Page) => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser to open the dev mailbox in");
  const context = await browser.newContext(localContextOptions());
  try {
    const mailbox = await context.newPage();
    return await read(mailbox);
  } finally {
    await context.close();
  }
}

/** Loads (or reloads) the mailbox page and asserts it is open to this machine. */
export async function gotoDevMailbox(mailbox: Page): Promise<void> {
  const response = await mailbox.goto("/dev/mailbox");
  expect(response?.status(), MAILBOX_OPEN).toBe(200);
}

/** The mailbox page's HTML, fetched without a forwarding header (for REST-only specs). */
export async function devMailboxHtml(): Promise<string> {
  const local = await request.newContext(localContextOptions());
  try {
    const response = await local.get("/dev/mailbox");
    expect(response.status(), MAILBOX_OPEN).toBe(200);
    return await response.text();
  } finally {
    await local.dispose();
  }
}

/**
 * The link in the newest dev-mailbox email to `email` (newest first on the page), optionally the
 * newest one whose path is `path` ("/verify-email", "/reset-password"). Email is queued in the same
 * transaction as the action, but the page is reloaded until it shows up, to be safe.
 */
export async function latestMailTo(page: Page, email: string, path?: string): Promise<string> {
  const found = await withDevMailbox(page, async (mailbox) => {
    let link: string | undefined;
    await expect(async () => {
      await gotoDevMailbox(mailbox);
      const entries = mailbox.getByRole("listitem").filter({ hasText: email });
      const links = await entries.evaluateAll((items) =>
        items.flatMap((item) => Array.from(item.querySelectorAll("pre a"), (anchor) => anchor.getAttribute("href") ?? "")),
      );
      link = links.map((href) => new URL(href)).find((url) => !path || url.pathname === path)?.toString();
      expect(link, `an email to ${email}${path ? ` with a ${path} link` : ""}`).toBeTruthy();
    }).toPass({ timeout: 15_000 });
    return link!;
  });
  // The app's own origin may differ from the link's (APP_URL); keep the path and query.
  const url = new URL(found);
  return `${url.pathname}${url.search}`;
}
