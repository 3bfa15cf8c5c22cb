import { describe, expect, it } from "vitest";
import { defaultChoice } from "./default-choice";

describe("defaultChoice", () => {
  const none = { track: null, level: null, updatedAt: null };
  const STARTED = "2026-11-20T10:00:00.000Z";

  it("is mid-level software engineering for a new candidate, on the form and the quick start alike", () => {
    expect(defaultChoice({ last: null, preferences: none })).toEqual({ track: "software_engineering", level: "mid" });
  });

  it("uses the preferences from settings before any interview", () => {
    expect(defaultChoice({ last: null, preferences: { track: "coding", level: "junior", updatedAt: STARTED } })).toEqual({ track: "coding", level: "junior" });
    expect(defaultChoice({ last: undefined, preferences: { track: null, level: "senior", updatedAt: null } })).toEqual({ track: "software_engineering", level: "senior" });
  });

  it("remembers the last interview's track and level over preferences saved before it started (or never)", () => {
    const last = { track: "behavioral", level: "intern", startedAt: STARTED } as const;
    expect(defaultChoice({ last, preferences: { track: "coding", level: "senior", updatedAt: null } })).toEqual({ track: "behavioral", level: "intern" });
    expect(defaultChoice({ last, preferences: { track: "coding", level: "senior", updatedAt: "2026-11-19T10:00:00.000Z" } })).toEqual({
      track: "behavioral",
      level: "intern",
    });
    // Saved in the same instant: the interview was the later choice as far as anyone can tell.
    expect(defaultChoice({ last, preferences: { track: "coding", level: "senior", updatedAt: STARTED } })).toEqual({ track: "behavioral", level: "intern" });
  });

  it("takes preferences saved after the last interview started: changing the level in settings shows on the form", () => {
    const last = { track: "behavioral", level: "intern", startedAt: STARTED } as const;
    expect(defaultChoice({ last, preferences: { track: "coding", level: "senior", updatedAt: "2026-11-20T10:00:00.001Z" } })).toEqual({
      track: "coding",
      level: "senior",
    });
    // "No preference" for one of them still leaves that one to the last interview.
    expect(defaultChoice({ last, preferences: { track: null, level: "junior", updatedAt: "2026-11-21T08:00:00.000Z" } })).toEqual({
      track: "behavioral",
      level: "junior",
    });
  });
});
