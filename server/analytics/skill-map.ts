/**
 * The one table that ties rubric dimensions to practice: for each track's dimension, question-bank
 * tags whose questions exercise it, key-point keywords that show a question demands it, and a
 * sentence of concrete advice. Keywords are lower-case substrings of the bank's key points
 * (db/seed/questions); a question matches a dimension by its tags or its key points.
 */
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

export interface TSkillGuide {
  /** Bank tags, most relevant first; the first few go into the "Practise this" link. */
  tags: readonly string[];
  keywords: readonly string[];
  advice: string;
}

export const SKILL_GUIDES: Record<TTrack, Record<string, TSkillGuide>> = {
  product_management: {
    structure: {
      tags: ["product-design", "product-sense", "estimation", "root-cause"],
      keywords: ["clarify", "decompose", "framework", "step by step", "segment", "hypothes", "assumption"],
      advice:
        "Open with a one-line plan (goal, user, options, pick one, success) and say each step out loud before you fill it in: the interviewer should be able to write your answer down as an outline.",
    },
    metrics: {
      tags: ["metrics", "experimentation"],
      keywords: ["metric", "measure", "guardrail", "north-star", "retention", "conversion", "experiment", "baseline", "significance"],
      advice:
        "Name one primary metric tied to the goal, one or two guardrails that must not get worse, and how you would test the change: an A/B test against a baseline, run for full weeks.",
    },
    prioritization: {
      tags: ["prioritization", "strategy", "execution"],
      keywords: ["prioritiz", "trade-off", "effort", "rice", "cut scope", "non-goals", "sequence", "defer", "recommend"],
      advice:
        "When you list options, rank them out loud by impact and effort (or RICE), commit to one, and say what you are deliberately not doing and why: the cut is what shows judgement.",
    },
    user_empathy: {
      tags: ["user-research", "product-sense", "product-design"],
      keywords: ["user", "persona", "pain point", "job to be done", "stakeholders", "accessibility", "interviews"],
      advice:
        "Start from one specific user segment and a painful moment in their day, backed by evidence (interviews, reviews, support tickets), before you propose any feature.",
    },
    communication: {
      tags: ["stakeholders", "strategy"],
      keywords: ["communicate", "align", "stakeholder", "escalate", "narrative"],
      advice:
        "Lead with your answer in one sentence, support it with two or three signposted points (first, second, finally) and close with a one-line summary; aim for two to three minutes.",
    },
  },
  behavioral: {
    situation_task: {
      tags: ["ambiguity", "decision-making", "conflict"],
      keywords: ["describe the situation", "describe the ambiguity", "describe the problem", "specific", "stakes", "deadline"],
      advice:
        "Set the scene in two or three sentences: one real, specific occasion (when, where, your role) and the goal you personally owned, not a general habit (\"I usually…\").",
    },
    action: {
      tags: ["ownership", "initiative", "leadership"],
      keywords: ["concrete steps", "take ownership", "act quickly", "propose", "prepare", "execute"],
      advice:
        "Spend most of the answer on what you did: three or four concrete steps in order, each starting with \"I\", and why you chose them over the alternatives.",
    },
    result: {
      tags: ["execution", "influence", "incident-response"],
      keywords: ["result", "outcome", "quantify", "measurable", "impact"],
      advice:
        "End with a measured outcome (a number, a deadline met, a metric that moved) and say what changed for the team or the customer because of it.",
    },
    reflection: {
      tags: ["learning", "failure", "feedback"],
      keywords: ["reflect", "lesson", "learned", "differently", "changed behavior"],
      advice:
        "Close with one specific lesson and a later moment you applied it: \"since then I send a risk update every Friday\" beats \"I learned to communicate more\".",
    },
    communication: {
      tags: ["communication", "stakeholder-management", "collaboration"],
      keywords: ["communicate", "listen", "respectful", "expectations", "private setting"],
      advice:
        "Tell the story in STAR order with clear signposts, keep it under three minutes, and cut background the listener does not need to follow your decision.",
    },
  },
  software_engineering: {
    correctness: {
      tags: ["fundamentals", "http", "databases"],
      keywords: ["difference", "isolation", "consistency", "guarantee", "status", "means"],
      advice:
        "Define the key terms precisely before you use them and check each claim against how the system really behaves; a confident wrong detail costs more than an honest \"I would verify that\".",
    },
    depth: {
      tags: ["distributed-systems", "concurrency", "indexing", "databases"],
      keywords: ["mechanism", "why", "lock", "replication", "ordering", "race", "exhausting", "amplify"],
      advice:
        "After each definition go one level down: how it works inside, what breaks under load or failure, and why (for example what happens to in-flight requests when a replica lags).",
    },
    trade_offs: {
      tags: ["system-design", "scaling", "caching", "api-design"],
      keywords: ["trade-off", "versus", "alternative", "compare", "fail open", "cost"],
      advice:
        "For every design choice name one alternative and what each costs (latency, consistency, complexity, money), then say which you would pick here and what would change your mind.",
    },
    practical_experience: {
      tags: ["reliability", "observability", "migrations", "performance", "testing", "tooling"],
      keywords: ["monitor", "explain analyze", "rollout", "backfill", "alert", "runbook", "dashboards", "measure", "pg_stat"],
      advice:
        "Anchor the answer in practice: the tools you would use, real numbers (QPS, latency budgets, data sizes), and how you would verify and roll out safely with dashboards, alerts and a staged rollout.",
    },
    clarity: {
      tags: ["api-design", "fundamentals", "http"],
      keywords: ["explain", "estimate", "define", "first try"],
      advice:
        "Give the short answer first, then walk through it in a fixed order (requirements, design, risks) with one concrete example rather than several abstract ones.",
    },
  },
  coding: {
    problem_understanding: {
      tags: ["strings", "matrix", "design"],
      keywords: ["clarify", "edge case", "empty", "handle", "input"],
      advice:
        "Before any code, restate the problem in your own words, ask about input size, duplicates and empty input, and walk one small example through by hand.",
    },
    approach: {
      tags: ["hash-map", "two-pointers", "sliding-window", "graphs", "dynamic-programming"],
      keywords: ["brute force", "naive", "alternative", "greedy", "bfs", "dfs", "heap"],
      advice:
        "State the brute-force solution and its cost first, then name the data structure that removes the bottleneck (hash map, heap, two pointers) and why it fits this input.",
    },
    complexity: {
      tags: ["heap", "sorting", "binary-search", "dynamic-programming"],
      keywords: ["complexity", "o(n", "o(log", "o(1)", "space o"],
      advice:
        "Finish every solution with its time and space complexity in Big-O, derived from the loops and data structures you used, and compare it with the brute force.",
    },
    code_quality: {
      tags: ["arrays", "linked-list", "trees", "recursion"],
      keywords: ["edge case", "handle", "empty", "duplicates", "sentinel", "recursion"],
      advice:
        "Write code with descriptive names, handle the edge cases you listed (empty input, one element, duplicates), and trace two tests through it, one of them an edge case.",
    },
    communication: {
      tags: ["arrays", "design", "strings"],
      keywords: ["mention", "discuss", "explain"],
      advice:
        "Think out loud: before each block of code say what it will do and why, and summarise the whole approach in one sentence before you start writing.",
    },
  },
};

const FALLBACK: TSkillGuide = {
  tags: [],
  keywords: [],
  advice: "Read the feedback on your last answers for this skill and make it the first thing you check before you submit the next one.",
};

/** The guide for a dimension; a rubric key the table does not know yet gets generic advice, never a crash. */
export function skillGuide(track: TTrack, key: string): TSkillGuide {
  return SKILL_GUIDES[track][key] ?? FALLBACK;
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
