import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { preparedOn } from "./prepared-in-transaction";

const db = connectTestDb();

describe("preparedOn", () => {
  it("runs a query prepared on the database handle on the transaction's connection", async () => {
    const { user } = await verifiedTestUser(db, "prepared-on");
    const nameOf = db.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder("id"))).prepare("prepared_on_test");
    await db.transaction(async (tx) => {
      await tx.update(users).set({ name: "Changed inside" }).where(eq(users.id, user.id));
      // Inside: the transaction's own uncommitted change; outside (the pool): the committed row.
      expect(await preparedOn(nameOf, tx).execute({ id: user.id })).toEqual([{ name: "Changed inside" }]);
      expect(await nameOf.execute({ id: user.id })).toEqual([{ name: user.name }]);
    });
  });

  it("refuses an object that is not a postgres-js prepared query", async () => {
    await db.transaction(async (tx) => {
      expect(() => preparedOn({}, tx)).toThrow(/internals changed/);
    });
  });
});
