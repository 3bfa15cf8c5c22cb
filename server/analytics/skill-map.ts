/**
 * The one table that ties rubric dimensions to practice: for each track's dimension, question-bank
 * tags whose questions exercise it and key-point keywords that show a question demands it. Keywords
 * are lower-case substrings of the bank's key points (db/seed/questions); a question matches a
 * dimension by its tags or its key points. The sentence of advice per dimension is words, so it lives
 * in the catalogs (messages/<locale>/progress-advice.json) under adviceKey(track, dimension).
 */
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

export interface TSkillGuide {
  /** Bank tags, most relevant first; the first few go into the "Practise this" link. */
  tags: readonly string[];
  keywords: readonly string[];
}

export const SKILL_GUIDES: Record<TTrack, Record<string, TSkillGuide>> = {
  product_management: {
    structure: {
      tags: ["product-design", "product-sense", "estimation", "root-cause"],
      keywords: ["clarify", "decompose", "framework", "step by step", "segment", "hypothes", "assumption"],
    },
    metrics: {
      tags: ["metrics", "experimentation"],
      keywords: ["metric", "measure", "guardrail", "north-star", "retention", "conversion", "experiment", "baseline", "significance"],
    },
    prioritization: {
      tags: ["prioritization", "strategy", "execution"],
      keywords: ["prioritiz", "trade-off", "effort", "rice", "cut scope", "non-goals", "sequence", "defer", "recommend"],
    },
    user_empathy: {
      tags: ["user-research", "product-sense", "product-design"],
      keywords: ["user", "persona", "pain point", "job to be done", "stakeholders", "accessibility", "interviews"],
    },
    communication: {
      tags: ["stakeholders", "strategy"],
      keywords: ["communicate", "align", "stakeholder", "escalate", "narrative"],
    },
  },
  behavioral: {
    situation_task: {
      tags: ["ambiguity", "decision-making", "conflict"],
      keywords: ["describe the situation", "describe the ambiguity", "describe the problem", "specific", "stakes", "deadline"],
    },
    action: {
      tags: ["ownership", "initiative", "leadership"],
      keywords: ["concrete steps", "take ownership", "act quickly", "propose", "prepare", "execute"],
    },
    result: {
      tags: ["execution", "influence", "incident-response"],
      keywords: ["result", "outcome", "quantify", "measurable", "impact"],
    },
    reflection: {
      tags: ["learning", "failure", "feedback"],
      keywords: ["reflect", "lesson", "learned", "differently", "changed behavior"],
    },
    communication: {
      tags: ["communication", "stakeholder-management", "collaboration"],
      keywords: ["communicate", "listen", "respectful", "expectations", "private setting"],
    },
  },
  software_engineering: {
    correctness: {
      tags: ["fundamentals", "http", "databases"],
      keywords: ["difference", "isolation", "consistency", "guarantee", "status", "means"],
    },
    depth: {
      tags: ["distributed-systems", "concurrency", "indexing", "databases"],
      keywords: ["mechanism", "why", "lock", "replication", "ordering", "race", "exhausting", "amplify"],
    },
    trade_offs: {
      tags: ["system-design", "scaling", "caching", "api-design"],
      keywords: ["trade-off", "versus", "alternative", "compare", "fail open", "cost"],
    },
    practical_experience: {
      tags: ["reliability", "observability", "migrations", "performance", "testing", "tooling"],
      keywords: ["monitor", "explain analyze", "rollout", "backfill", "alert", "runbook", "dashboards", "measure", "pg_stat"],
    },
    clarity: {
      tags: ["api-design", "fundamentals", "http"],
      keywords: ["explain", "estimate", "define", "first try"],
    },
  },
  coding: {
    problem_understanding: {
      tags: ["strings", "matrix", "design"],
      keywords: ["clarify", "edge case", "empty", "handle", "input"],
    },
    approach: {
      tags: ["hash-map", "two-pointers", "sliding-window", "graphs", "dynamic-programming"],
      keywords: ["brute force", "naive", "alternative", "greedy", "bfs", "dfs", "heap"],
    },
    complexity: {
      tags: ["heap", "sorting", "binary-search", "dynamic-programming"],
      keywords: ["complexity", "o(n", "o(log", "o(1)", "space o"],
    },
    code_quality: {
      tags: ["arrays", "linked-list", "trees", "recursion"],
      keywords: ["edge case", "handle", "empty", "duplicates", "sentinel", "recursion"],
    },
    communication: {
      tags: ["arrays", "design", "strings"],
      keywords: ["mention", "discuss", "explain"],
    },
  },
};

const FALLBACK: TSkillGuide = { tags: [], keywords: [] };

/** The catalog key for generic advice, for a rubric key the table does not know yet. */
export const FALLBACK_ADVICE_KEY = "fallback";

/** The guide for a dimension; a rubric key the table does not know yet gets no tags, never a crash. */
export function skillGuide(track: TTrack, key: string): TSkillGuide {
  return SKILL_GUIDES[track][key] ?? FALLBACK;
}

/** Where a dimension's advice sits in the progress-advice catalog ("<track>.<dimension>", else generic advice). */
export function adviceKey(track: TTrack, key: string): string {
  return Object.hasOwn(SKILL_GUIDES[track], key) ? `${track}.${key}` : FALLBACK_ADVICE_KEY;
}

/** How strongly a question exercises a dimension: 2 per matching tag, 1 per key point naming a keyword. */
export function exerciseScore(guide: TSkillGuide, question: { tags: readonly string[]; keyPoints: readonly string[] }): number {
  const tagHits = question.tags.filter((tag) => guide.tags.includes(tag)).length;
  const keyPointHits = question.keyPoints.filter((point) => {
    const text = point.toLowerCase();
    return guide.keywords.some((keyword) => text.includes(keyword));
  }).length;
  return tagHits * 2 + keyPointHits;
}
