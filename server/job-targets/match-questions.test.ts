/**
 * A tailored interview of 5 bank questions covers the top 5 requirements of each of the 12 labelled
 * job descriptions (the bank alone, no generated questions).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { covers, pickQuestions } from "./match-questions";
import { extractRequirements } from "./requirements/extract";
import { buildVocabulary } from "./requirements/vocabulary";

const DIR = path.resolve("test/fixtures/job-descriptions");
const vocabulary = buildVocabulary(SEED_QUESTIONS);
const bank = SEED_QUESTIONS.map((question) => ({ ...question, id: question.slug }));
const LEVEL_OF = (name: string) => (name.includes("junior") ? "junior" : name.includes("senior") || name.includes("manager") || name.includes("platform") ? "senior" : "mid") as "junior" | "mid" | "senior";

describe("tailored question pick", () => {
  const files = fs.readdirSync(DIR).filter((file) => file.endsWith(".txt")).sort();

  it.each(files)("5 bank questions cover the top 5 requirements of %s", (file) => {
    const text = fs.readFileSync(path.join(DIR, file), "utf8");
    const requirements = extractRequirements(text, vocabulary, text.split("\n")[0]).map((requirement, index) => ({ ...requirement, id: String(index) }));
    const picked = pickQuestions({ requirements, bank, level: LEVEL_OF(file), count: 5 });
    const top = requirements.slice(0, 5);
    const uncovered = top.filter((requirement) => !picked.some((pick) => covers(pick.question, requirement)));
    console.log(`${file}\n${top.map((r) => `  [${r.kind}] ${r.text} → ${picked.filter((p) => covers(p.question, r)).map((p) => p.question.slug).join(", ") || "NOT COVERED"}`).join("\n")}`);
    expect(picked).toHaveLength(5);
    expect(uncovered.map((requirement) => requirement.text)).toEqual([]);
  });

  it("prefers questions the candidate has not seen recently", () => {
    const requirements = [{ id: "r", text: "Design REST APIs", tracks: ["software_engineering" as const], tags: ["api-design"], keywords: ["rest", "apis"] }];
    const first = pickQuestions({ requirements, bank, level: "mid", count: 1 });
    const again = pickQuestions({ requirements, bank, level: "mid", count: 1, recentlySeen: new Set([first[0]!.question.id]) });
    expect(again[0]!.question.id).not.toBe(first[0]!.question.id);
  });
});
