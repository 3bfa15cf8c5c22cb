import type { SeedFollowUp } from "../types";

/**
 * One bank question in another language, keyed by the question's slug. Key points and follow-ups
 * match the English ones one for one (same count, same dimensions, same order); the sample answer
 * is optional while it is being translated (candidates get the English one meanwhile).
 */
export interface SeedTranslation {
  text: string;
  keyPoints: string[];
  followUps: SeedFollowUp[];
  sampleAnswer?: string;
}

export type SeedTranslations = Record<string, SeedTranslation>;
