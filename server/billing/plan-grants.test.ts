import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxEmails, users } from "@/db/schema";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { setEnv } from "@/test/helpers/env-overrides";
import { currentPlan, resolvePlan } from "./current-plan";
import { grantPlan, revokePlanGrant } from "./plan-grants";

const db = connectTestDb();

const DAY_MS = 24 * 3600 * 1000;

describe("admin plan grants", () => {
  it("give the plan until their end date, then the user is back on free", async () => {
    const admin = await verifiedTestUser(db, "granting-admin");
    const { user, caller } = await verifiedTestUser(db, "granted");
    const endsAt = new Date(Date.now() + 3 * DAY_MS);
    const grant = await grantPlan(db, { userId: user.id, plan: "premium", endsAt, grantedBy: admin.user.id, note: "conference speaker" });
    expect(grant).toMatchObject({ plan: "premium", grantedBy: admin.user.id, note: "conference speaker" });

    expect((await currentPlan(db, user.id)).id).toBe("premium");
    expect(await caller.billing.subscription()).toMatchObject({ plan: "premium", status: "active", source: "grant", grantEndsAt: endsAt.toISOString(), interviewsLimit: null });
    // After the end date it no longer applies.
    expect((await resolvePlan(db, user.id, new Date(endsAt.getTime() + 1000))).plan.id).toBe("free");
  });

  it("refuses an end date in the past or an unknown user, and can be revoked", async () => {
    const { user } = await verifiedTestUser(db, "revoked");
    await expect(grantPlan(db, { userId: user.id, plan: "pro", endsAt: new Date(Date.now() - 1000), grantedBy: null })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await expect(grantPlan(db, { userId: crypto.randomUUID(), plan: "pro", endsAt: new Date(Date.now() + DAY_MS), grantedBy: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const grant = await grantPlan(db, { userId: user.id, plan: "pro", endsAt: new Date(Date.now() + DAY_MS), grantedBy: null });
    expect((await currentPlan(db, user.id)).id).toBe("pro");
    expect(await revokePlanGrant(db, grant.id)).toBe(true);
    expect(await revokePlanGrant(db, grant.id)).toBe(false);
    expect((await currentPlan(db, user.id)).id).toBe("free");
  });
});

describe("the one-interview-left email", () => {
  async function noticesTo(email: string) {
    return db.select().from(outboxEmails).where(and(eq(outboxEmails.to, email), eq(outboxEmails.subject, "You have one Rehearse interview left")));
  }

  it("is sent once when a single interview is left in the window", async () => {
    const { caller, email } = await verifiedTestUser(db, "quota-notice");
    await caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 });
    const notices = await noticesTo(email);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("2 interviews per 7 days");
    // No Stripe keys in this run: no upgrade push, the dashboard instead.
    expect(notices[0]!.text).not.toContain("/pricing");
    expect(notices[0]!.text).not.toMatch(/upgrade/i);
    expect(notices[0]!.text).toContain("/dashboard");

    await caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 });
    await expect(caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 })).rejects.toMatchObject({ cause: { code: "QUOTA_EXCEEDED" } });
    expect(await noticesTo(email)).toHaveLength(1);
  });

  it("links to the plans when billing is configured", async () => {
    // Well-formed values: start-up checks each variable's prefix (server/env.ts).
    setEnv({ STRIPE_SECRET_KEY: "sk_test_value", STRIPE_WEBHOOK_SECRET: "whsec_value", STRIPE_PRICE_PRO: "price_pro", STRIPE_PRICE_PREMIUM: "price_premium" });
    const { caller, email } = await verifiedTestUser(db, "quota-notice-billing");
    await caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 });
    const [notice] = await noticesTo(email);
    expect(notice?.text).toContain("/pricing");
    expect(notice?.text).toContain("Upgrade for more interviews");
  });

  it("counts per plan (a Pro user hears at 19 of 20), and respects the email preference", async () => {
    const pro = await verifiedTestUser(db, "quota-pro");
    await grantPlan(db, { userId: pro.user.id, plan: "pro", endsAt: new Date(Date.now() + DAY_MS), grantedBy: null });
    for (let i = 0; i < 18; i += 1) await pro.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect(await noticesTo(pro.email)).toHaveLength(0);
    await pro.caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect(await noticesTo(pro.email)).toHaveLength(1);

    const quiet = await verifiedTestUser(db, "quota-quiet");
    await db.update(users).set({ emailNotifications: false }).where(eq(users.id, quiet.user.id));
    await quiet.caller.interviews.create({ track: "coding", level: "junior", questionCount: 1 });
    expect(await noticesTo(quiet.email)).toHaveLength(0);
  });
});
