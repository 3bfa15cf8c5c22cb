import { describe, expect, it } from "vitest";
import { defaultChoice } from "./default-choice";

describe("defaultChoice", () => {
  const none = { track: null, level: null };

  it("is mid-level software engineering for a new candidate, on the form and the quick start alike", () => {
    expect(defaultChoice({ last: null, preferences: none })).toEqual({ track: "software_engineering", level: "mid" });
  });

  it("uses the preferences from settings before any interview", () => {
    expect(defaultChoice({ last: null, preferences: { track: "coding", level: "junior" } })).toEqual({ track: "coding", level: "junior" });
    expect(defaultChoice({ last: undefined, preferences: { track: null, level: "senior" } })).toEqual({ track: "software_engineering", level: "senior" });
  });

  it("remembers the last interview's track and level", () => {
    expect(defaultChoice({ last: { track: "behavioral", level: "intern" }, preferences: { track: "coding", level: "senior" } })).toEqual({
      track: "behavioral",
      level: "intern",
    });
  });
});
