import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { browserSessions } from "@/db/schema";
import { loadSessionUser } from "@/server/auth/session-user";
import { asSessionUser, callerFor, registerTestUser } from "@/test/helpers/caller";
import { AuthBrowser } from "@/test/helpers/auth-handlers";
import { connectTestDb } from "@/test/helpers/db";
import { authRoute } from "./auth-route";
import { needsRenewal, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, startBrowserSession } from "./browser-sessions";
import { readCookieSession } from "./session-cookie";

const db = connectTestDb();
const DAY = 24 * 3600 * 1000;

describe("signing out ends the session, not just the cookie", () => {
  it("a session cookie copied before sign-out no longer authenticates afterwards", async () => {
    const { user, email, password } = await registerTestUser(db, "signout");
    const browser = new AuthBrowser(authRoute);
    expect(await browser.signIn(email, password)).toMatch(/\/settings$/);
    const copied = browser.cookieHeader();
    expect((await browser.session(copied))?.user?.email).toBe(email);

    await browser.signOut();
    expect(browser.sessionCookie()).toBeNull();
    expect(await browser.session(copied)).toBeNull();
    expect(await db.select().from(browserSessions).where(eq(browserSessions.userId, user.id))).toEqual([]);
  });

  it("ends only that browser's session; another browser stays signed in", async () => {
    const { email, password } = await registerTestUser(db, "signout-one");
    const laptop = new AuthBrowser(authRoute);
    const phone = new AuthBrowser(authRoute);
    await laptop.signIn(email, password);
    await phone.signIn(email, password);
    await laptop.signOut();
    expect(await phone.session()).not.toBeNull();
  });

  it("signing in again over a live session (e.g. to link a provider) retires the old cookie", async () => {
    const { email, password } = await registerTestUser(db, "resign");
    const browser = new AuthBrowser(authRoute);
    await browser.signIn(email, password);
    const before = browser.cookieHeader();
    await browser.signIn(email, password);
    expect(await browser.session()).not.toBeNull();
    expect(await browser.session(before)).toBeNull();
  });

  it("a revoked cookie is dropped before an Auth.js callback could link a provider to its user", async () => {
    const { user, email, password } = await registerTestUser(db, "stale");
    const browser = new AuthBrowser(authRoute);
    await browser.signIn(email, password);
    const cookie = browser.sessionCookie()!;
    expect(await readCookieSession(db, [cookie])).toMatchObject({ state: "valid", userId: user.id });
    await callerFor(db, { user: asSessionUser(user) }).caller.auth.signOutEverywhere();
    expect(await readCookieSession(db, [cookie])).toEqual({ state: "invalid" });
    expect(await readCookieSession(db, [{ name: cookie.name, value: "not-a-jwt" }])).toEqual({ state: "invalid" });
    expect(await readCookieSession(db, [])).toEqual({ state: "none" });

    // The route drops the stale cookie (the request is rebuilt, form body and all) and a fresh sign-in works.
    expect(await browser.signIn(email, password)).toMatch(/\/settings$/);
    expect((await browser.session())?.user?.email).toBe(email);
  });
});

describe("session lifetime", () => {
  it("ends after 7 idle days, slides on use, and never outlives 30 days from sign-in", async () => {
    const { user } = await registerTestUser(db, "lifetime");
    const start = new Date("2030-01-01T00:00:00Z");
    const sid = await startBrowserSession(db, user.id, start);
    const claims = { userId: user.id, sessionVersion: 0, sid };
    const at = (days: number) => new Date(start.getTime() + days * DAY);

    expect(await loadSessionUser(db, claims, at(SESSION_IDLE_SECONDS / 86400 + 0.01))).toBeNull();
    // Used every 6 days, it stays alive…
    for (let day = 6; day <= 24; day += 6) expect(await loadSessionUser(db, claims, at(day)), `day ${day}`).not.toBeNull();
    // …until the absolute limit, however busy.
    expect(await loadSessionUser(db, claims, at(29))).not.toBeNull();
    expect(await loadSessionUser(db, claims, at(SESSION_ABSOLUTE_SECONDS / 86400 + 0.01))).toBeNull();
  });

  it("renews the idle deadline at most once an hour (one read per request otherwise)", async () => {
    const { user } = await registerTestUser(db, "renew");
    const start = new Date("2030-02-01T00:00:00Z");
    const sid = await startBrowserSession(db, user.id, start);
    const deadline = async () => (await db.select().from(browserSessions).where(eq(browserSessions.id, sid)))[0]!.expiresAt;
    const first = await deadline();
    await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid }, new Date(start.getTime() + 30 * 60 * 1000));
    expect(await deadline()).toEqual(first);
    await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid }, new Date(start.getTime() + 2 * 3600 * 1000));
    expect((await deadline()).getTime()).toBe(first.getTime() + 2 * 3600 * 1000);
    // At the absolute limit the deadline stops moving, and nothing is written any more.
    expect(needsRenewal({ expiresAt: start, absoluteExpiresAt: start }, start)).toBe(false);
  });

  it("a JWT without a session row (or without a sid) is not a session", async () => {
    const { user } = await registerTestUser(db, "no-row");
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0, sid: "never-started" })).toBeNull();
    expect(await loadSessionUser(db, { userId: user.id, sessionVersion: 0 })).toBeNull();
  });

  it("expired rows are pruned when someone signs in", async () => {
    const { user } = await registerTestUser(db, "prune");
    const old = await startBrowserSession(db, user.id, new Date("2001-01-01T00:00:00Z"));
    await startBrowserSession(db, user.id);
    expect(await db.select().from(browserSessions).where(eq(browserSessions.id, old))).toEqual([]);
  });
});
