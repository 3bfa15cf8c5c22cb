/**
 * The shape of one language's feedback catalog: every sentence the built-in analyzer writes for a
 * candidate, as small template functions. Each language writes its own sentences (word order,
 * connectives and politeness differ too much for one template with slots to read naturally).
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import type { TRubricId } from "@/server/contracts/vocabulary/rubrics";

export type TFeedbackText = {
  language: TLanguage;
  /** Rubric dimension names by key, for running text and list prefixes; a key not here keeps the rubric's (English) label. */
  labels: Readonly<Record<string, string>>;
  /** A component's "found" (what the answer did) or "missing" (advice) phrase, from the English one the signal wrote. */
  phrase(english: string): string;
  /** "a and b" in this language. */
  and(items: readonly string[]): string;

  /** Dimension comments; `variant` (the dimension's position) varies the wording so comments do not read like one template. */
  strong(found: readonly string[], gap: string | null): string;
  partly(found: string | null, gap: string | null, label: string, variant: number): string;
  weak(gaps: readonly string[], label: string, variant: number): string;

  strength(label: string, found: readonly string[]): string;
  improvement(label: string, gap: string): string;

  /** The summary's first sentence for a total of 80+, 60+, 40+, 20+ and below. */
  verdicts: readonly [strong: string, solid: string, partial: string, weak: string, none: string];
  /** Where the points still open are; the advice itself is in the dimension comments. */
  weakest(labels: readonly string[]): string;
  noAnswer(topic: string): string;
  offTopic(topic: string): string;
  tooShort: string;
  padding: string;
  injected: string;
  /** Stand-ins when every word the AI grader wrote about a part echoed text addressed to it (openai/injection-guard.ts). */
  graderIgnored: { comment: string; feedback: string };

  confidence: { short: string; unusual: string; offTopic: string; weakLink: string; injected: string };
  /** Generic follow-up questions per rubric dimension, for questions without their own. */
  followUps: Record<TRubricId, Readonly<Record<string, string>>>;
  /** What a strong answer contains, per rubric; `closing` is added after a list of key points. */
  outline(topic: string, rubric: TRubricId): string;
  fromKeyPoints(points: readonly string[], rubric: TRubricId): string;
};
