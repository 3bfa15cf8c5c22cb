/**
 * A signed-in account cannot flood the support inbox or the review queue (found in a hostile pass:
 * the public contact form was limited per IP, but tickets, replies and disputes had no limit).
 */
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { supportTickets } from "@/db/schema";
import { SUPPORT_PER_USER } from "@/server/rate-limit/fixed-window";
import { errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

describe("support limits", () => {
  it(`takes ${SUPPORT_PER_USER.limit} tickets and replies an hour from one account, then answers RATE_LIMITED and stores nothing more`, async () => {
    const { user, caller } = await verifiedTestUser(db, "support-flood");
    const { id } = await caller.support.create({ subject: "First ticket", message: "Something is not working as expected." });
    for (let index = 1; index < SUPPORT_PER_USER.limit; index++) await caller.support.reply({ ticketId: id, message: `Follow-up message number ${index}.` });
    const error = await errorOf(caller.support.create({ subject: "One more ticket", message: "Something else is not working either." }));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((await errorOf(caller.support.reply({ ticketId: id, message: "And one more follow-up." }))).code).toBe("RATE_LIMITED");
    const [tickets] = await db.select({ n: count() }).from(supportTickets).where(eq(supportTickets.userId, user.id));
    expect(tickets?.n).toBe(1);
  });
});
