/**
 * #18: the advice under each weak skill is words in the catalogs, not English in skill-map.ts. Every
 * (track, dimension) the skill map knows, and every rubric dimension, has its own sentence in every
 * language (not the English fallback), and the English is the sentence the page showed before.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import { TRACKS } from "@/server/contracts/vocabulary/tracks";
import { rawCatalog } from "@/server/i18n/messages";
import { adviceIn } from "./skill-advice";
import { adviceKey, FALLBACK_ADVICE_KEY, SKILL_GUIDES } from "./skill-map";

const PAIRS = TRACKS.flatMap((track) => Object.keys(SKILL_GUIDES[track]).map((key) => [track, key] as const));

describe("skill advice in the catalogs", () => {
  it("every rubric dimension has a guide, so none falls back to generic advice", () => {
    for (const track of TRACKS) {
      for (const { key } of getRubric(track).dimensions) expect(adviceKey(track, key), `${track}.${key}`).toBe(`${track}.${key}`);
    }
  });

  it.each([...LANGUAGES])("%s has its own sentence for every (track, skill) and for the fallback", (language) => {
    const catalog = rawCatalog("progress-advice", language) as Record<string, Record<string, string> | string>;
    for (const [track, key] of PAIRS) {
      const own = (catalog[track] as Record<string, string> | undefined)?.[key];
      expect(own, `${language} ${track}.${key}`).toMatch(/\S{3}/);
      expect(adviceIn(language, adviceKey(track, key))).toBe(own);
    }
    expect(catalog[FALLBACK_ADVICE_KEY]).toMatch(/\S{3}/);
  });

  it("Russian and Korean are translations, not English copies", () => {
    for (const [track, key] of PAIRS) {
      const english = adviceIn("en", adviceKey(track, key));
      expect(adviceIn("ru", adviceKey(track, key))).toMatch(/[а-яё]{4}/i);
      expect(adviceIn("ko", adviceKey(track, key))).toMatch(/[\uac00-\ud7a3]{2}/);
      expect(adviceIn("ru", adviceKey(track, key))).not.toBe(english);
    }
  });

  it("keeps today's English sentences and gives unknown dimensions the generic advice", () => {
    expect(adviceIn("en", adviceKey("product_management", "metrics"))).toBe(
      "Name one primary metric tied to the goal, one or two guardrails that must not get worse, and how you would test the change: an A/B test against a baseline, run for full weeks.",
    );
    expect(adviceKey("coding", "not_a_dimension")).toBe(FALLBACK_ADVICE_KEY);
    expect(adviceKey("coding", "toString")).toBe(FALLBACK_ADVICE_KEY);
    expect(adviceIn("ru", adviceKey("coding", "not_a_dimension"))).toMatch(/^Перечитайте разбор/);
    expect(adviceIn("ko", "no.such.key")).toBe(adviceIn("ko", FALLBACK_ADVICE_KEY));
  });
});
