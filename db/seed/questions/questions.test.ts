import { describe, it, expect } from "vitest";
import { LEVELS, TRACKS } from "@/server/contracts/vocabulary/tracks";
import { followUpDimensionProblem, followUpDimensions, normaliseFollowUp, ZFollowUpsSchema } from "@/server/contracts/vocabulary/follow-ups";
import { SEED_QUESTIONS } from "./index";
import { behavioralQuestions } from "./behavioral";
import { codingQuestions } from "./coding";
import { productManagementQuestions } from "./product-management";
import { softwareEngineeringQuestions } from "./software-engineering";

const SLUG_RE = /^(pm|swe|bh|code)-[a-z0-9-]+$/;
const TAG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PREFIX: Record<string, string> = {
  product_management: "pm-",
  software_engineering: "swe-",
  behavioral: "bh-",
  coding: "code-",
};

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

describe("seed question bank", () => {
  it("has exactly 30 questions per track, each in the right file", () => {
    const files = {
      product_management: productManagementQuestions,
      software_engineering: softwareEngineeringQuestions,
      behavioral: behavioralQuestions,
      coding: codingQuestions,
    } as const;
    for (const track of TRACKS) {
      expect(files[track]).toHaveLength(30);
      expect(files[track].every((q) => q.track === track)).toBe(true);
      expect(SEED_QUESTIONS.filter((q) => q.track === track)).toHaveLength(30);
    }
    expect(SEED_QUESTIONS).toHaveLength(30 * TRACKS.length);
  });

  it("has at least 6 questions for every level of every track", () => {
    for (const track of TRACKS) {
      for (const level of LEVELS) {
        const n = SEED_QUESTIONS.filter((q) => q.track === track && q.level === level).length;
        expect(n, `${track}/${level}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it("has unique, well-formed slugs prefixed by the track code", () => {
    const slugs = SEED_QUESTIONS.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const q of SEED_QUESTIONS) {
      expect(q.slug, q.slug).toMatch(SLUG_RE);
      expect(q.slug.startsWith(PREFIX[q.track]!), q.slug).toBe(true);
      expect(q.slug.endsWith("-") || q.slug.includes("--"), q.slug).toBe(false);
    }
  });

  it("has integer difficulty between 1 and 5", () => {
    for (const q of SEED_QUESTIONS) {
      expect(Number.isInteger(q.difficulty), q.slug).toBe(true);
      expect(q.difficulty, q.slug).toBeGreaterThanOrEqual(1);
      expect(q.difficulty, q.slug).toBeLessThanOrEqual(5);
    }
  });

  it("has non-empty lowercase kebab-case tags", () => {
    for (const q of SEED_QUESTIONS) {
      expect(q.tags.length, q.slug).toBeGreaterThan(0);
      expect(q.tags.length, q.slug).toBeLessThanOrEqual(4);
      expect(new Set(q.tags).size, q.slug).toBe(q.tags.length);
      for (const t of q.tags) expect(t, q.slug).toMatch(TAG_RE);
    }
  });

  it("has 4 to 7 non-empty key points", () => {
    for (const q of SEED_QUESTIONS) {
      expect(q.keyPoints.length, q.slug).toBeGreaterThanOrEqual(4);
      expect(q.keyPoints.length, q.slug).toBeLessThanOrEqual(7);
      for (const k of q.keyPoints) expect(k.trim().length, q.slug).toBeGreaterThan(0);
    }
  });

  it("has sample answers between 100 and 450 words", () => {
    for (const q of SEED_QUESTIONS) {
      const n = wordCount(q.sampleAnswer);
      expect(n, `${q.slug}: ${n} words`).toBeGreaterThanOrEqual(100);
      expect(n, `${q.slug}: ${n} words`).toBeLessThanOrEqual(450);
    }
  });

  it("has no duplicate question texts", () => {
    const norm = SEED_QUESTIONS.map((q) => q.text.trim().toLowerCase().replace(/\s+/g, " "));
    expect(new Set(norm).size).toBe(norm.length);
    for (const q of SEED_QUESTIONS) expect(q.text.trim().length, q.slug).toBeGreaterThan(0);
  });

  it("has 2 to 4 hand-written follow-ups, each probing a different dimension of its track's rubric", () => {
    for (const q of SEED_QUESTIONS) {
      expect(q.followUps.length, q.slug).toBeGreaterThanOrEqual(2);
      expect(q.followUps.length, q.slug).toBeLessThanOrEqual(4);
      // The same schema the admin form and procedures use: lengths, one line, no duplicate texts.
      const parsed = ZFollowUpsSchema.safeParse(q.followUps);
      expect(parsed.success, `${q.slug}: ${parsed.error?.issues[0]?.message}`).toBe(true);
      expect(followUpDimensionProblem(q.track, q.followUps), q.slug).toBeNull();
      const dimensions = q.followUps.map((f) => f.dimension);
      expect(new Set(dimensions).size, `${q.slug}: ${dimensions.join(", ")}`).toBe(dimensions.length);
      const valid = followUpDimensions(q.track).map((d) => d.key);
      for (const f of q.followUps) {
        expect(valid, `${q.slug}: ${f.dimension}`).toContain(f.dimension);
        expect(f.text, q.slug).toBe(f.text.trim());
        // A question, or a well-formed instruction sentence: capital first, "?" or "." last, no stray spaces.
        expect(f.text, q.slug).toMatch(/^[A-Z"][^\n]*[?.]$/);
        expect(f.text, q.slug).not.toMatch(/\s{2}|\s[?.,]$/);
        expect(normaliseFollowUp(f.text), q.slug).not.toBe(normaliseFollowUp(q.text));
      }
    }
  });

  it("has no follow-up repeated across the bank", () => {
    const texts = SEED_QUESTIONS.flatMap((q) => q.followUps.map((f) => normaliseFollowUp(f.text)));
    expect(new Set(texts).size).toBe(texts.length);
  });
});
