/** preferences.language (#18): saved over tRPC and REST, null follows the browser again, bad values are a 400. */
import { describe, expect, it } from "vitest";
import { handleRestRequest } from "@/server/http/rest-handler";
import { failureShape } from "@/test/helpers/app-error";
import { callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

describe("preferences.language", () => {
  it("starts null, is saved and cleared through me.update, and leaves the other preferences alone", async () => {
    const { caller } = await verifiedTestUser(db, "lang");
    expect((await caller.me.get()).user.preferences.language).toBeNull();
    await caller.me.update({ preferences: { timeZone: "Europe/Moscow" } });
    expect((await caller.me.update({ preferences: { language: "ru" } })).user.preferences).toMatchObject({ language: "ru", timeZone: "Europe/Moscow" });
    expect((await caller.auth.session())?.user.preferences.language).toBe("ru");
    expect((await caller.me.update({ preferences: { language: null } })).user.preferences.language).toBeNull();
  });

  it("refuses a language we do not have, naming the field", async () => {
    const { caller } = await verifiedTestUser(db, "lang-bad");
    // @ts-expect-error: not one of en/ru/ko
    const failure = await failureShape(caller.me.update({ preferences: { language: "de" } }));
    expect(failure.code).toBe("VALIDATION_ERROR");
    expect((await caller.me.get()).user.preferences.language).toBeNull();
  });

  it("is read and written over PATCH /api/v1/me", async () => {
    const { email, password } = await verifiedTestUser(db, "lang-rest");
    const { accessToken } = await callerFor(db).caller.auth.token({ email, password });
    const patch = (body: unknown) =>
      handleRestRequest(
        new Request("http://localhost:3999/api/v1/me", {
          method: "PATCH",
          headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        "test-request",
      );
    const saved = await patch({ preferences: { language: "ko" } });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { user: { preferences: { language: string } } }).user.preferences.language).toBe("ko");
    const bad = await patch({ preferences: { language: "klingon" } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("language");
  });
});
