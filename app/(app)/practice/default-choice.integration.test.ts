/**
 * The starting choice against real timestamps: what the practice page and the dashboard pass to
 * defaultChoice (the session user's preferences, the last interview listed) after settings saves over
 * tRPC and REST. Before preferences carried when they changed, a level changed in settings after an
 * interview was never preselected.
 */
import { describe, expect, it } from "vitest";
import { handleRestRequest } from "@/server/http/rest-handler";
import { connectTestDb } from "@/test/helpers/db";
import { bearerTestUser } from "@/test/helpers/rest-actor";
import { defaultChoice } from "./default-choice";

const db = connectTestDb();

describe("the practice form's starting choice after settings changes", () => {
  it("follows whichever came last: the interview started, or a track or level changed in settings (tRPC or REST)", async () => {
    const { caller, authorization } = await bearerTestUser(db, "choice");
    const current = async () => {
      const [session, latest] = await Promise.all([caller.auth.session(), caller.interviews.list({ limit: 1 })]);
      return defaultChoice({ last: latest.interviews[0], preferences: session!.user.preferences });
    };

    const saved = (await caller.me.update({ preferences: { track: "coding", level: "senior" } })).user.preferences;
    expect(saved.updatedAt).not.toBeNull();
    expect(await current()).toEqual({ track: "coding", level: "senior" });

    // An interview started afterwards is the newer choice.
    await caller.interviews.create({ track: "behavioral", level: "mid", questionCount: 1 });
    expect(await current()).toEqual({ track: "behavioral", level: "mid" });

    // The settings form sends every field with each save: the same track and level change nothing.
    const resaved = await caller.me.update({ name: "Renamed", preferences: { track: "coding", level: "senior", weeklySummary: true } });
    expect(resaved.user.preferences.updatedAt).toBe(saved.updatedAt);
    expect(await current()).toEqual({ track: "behavioral", level: "mid" });

    // A new level over PATCH /api/v1/me goes through the same update and wins over the interview.
    const response = await handleRestRequest(
      new Request("http://localhost:3999/api/v1/me", {
        method: "PATCH",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ preferences: { level: "intern" } }),
      }),
      "test-request",
    );
    expect(response.status).toBe(200);
    const patched = ((await response.json()) as { user: { preferences: { updatedAt: string | null } } }).user.preferences.updatedAt;
    expect(Date.parse(patched!)).toBeGreaterThan(Date.parse(saved.updatedAt!));
    expect(await current()).toEqual({ track: "coding", level: "intern" });

    // Other preferences leave it alone; clearing the level is a change.
    expect((await caller.me.update({ preferences: { emailNotifications: false } })).user.preferences.updatedAt).toBe(patched);
    const cleared = (await caller.me.update({ preferences: { level: null } })).user.preferences;
    expect(Date.parse(cleared.updatedAt!)).toBeGreaterThan(Date.parse(patched!));
    expect(await current()).toEqual({ track: "coding", level: "mid" });
  });
});
