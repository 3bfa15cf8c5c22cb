/**
 * A short phrase naming what the question is about ("add caching to a slow read-heavy API
 * endpoint"), used so follow-up questions and outlines talk about this question, not questions in
 * general. It is cut from the question's own words, never invented.
 */
import { memoByKey } from "@/server/scoring/builtin/question-cache";

const LEAD_IN =
  /^(?:(?:tell|remind) me about|describe|explain|walk (?:me|us) through|talk (?:me )?(?:about|through)|give (?:me |us )?an example of|share|discuss|imagine|suppose|how (?:would|do|did|will|should|can|could) you|what (?:is|are|was|were|would|do|does|did)|why (?:do|does|would|is|are|did)|when (?:did|have|would) you|have you ever|can you|could you|please|write (?:a |an )?(?:function|program|method|query|class|script)(?: that| to| which)?|implement|design)\s+/i;

const MAX_WORDS = 12;

function stripLeadIns(sentence: string): string {
  let phrase = sentence.trim();
  for (let i = 0; i < 3; i += 1) {
    const next = phrase.replace(LEAD_IN, "");
    if (next === phrase) break;
    phrase = next;
  }
  // "Given X, do Y": the task is Y.
  const given = /^given\b[^,]*,\s*(.+)$/i.exec(phrase);
  if (given?.[1]) phrase = given[1];
  return phrase.replace(/[?.!:;]+$/, "").trim();
}

function shorten(phrase: string): string {
  const words = phrase.split(/\s+/);
  if (words.length <= MAX_WORDS) return phrase;
  // A comma inside a number ("8,000 firms") does not end a clause.
  const clause = phrase.split(/,(?!\d)|\s(?=(?:where|which|and what|and how|so that|because|while)\s)/)[0]?.trim() ?? phrase;
  const clauseWords = clause.split(/\s+/);
  if (clauseWords.length >= 3 && clauseWords.length <= MAX_WORDS) return clause;
  return `${clauseWords.slice(0, MAX_WORDS).join(" ")}…`;
}

/** Memoised: the phrase is written into the feedback of every answer to the question. */
export const topicPhrase = memoByKey((question: string): string => readTopicPhrase(question));

function readTopicPhrase(question: string): string {
  const sentences = question.split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
  for (const sentence of sentences) {
    const phrase = stripLeadIns(sentence);
    if (phrase.split(/\s+/).length >= 3) return shorten(phrase);
  }
  return shorten(stripLeadIns(question)) || "this question";
}
