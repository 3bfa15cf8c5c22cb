import { behavioralQuestions } from "./behavioral";
import { codingQuestions } from "./coding";
import { productManagementQuestions } from "./product-management";
import { softwareEngineeringQuestions } from "./software-engineering";
import type { SeedQuestion } from "./types";

export type { SeedQuestion } from "./types";

/** The whole built-in question bank, all tracks. */
export const SEED_QUESTIONS: SeedQuestion[] = [
  ...productManagementQuestions,
  ...softwareEngineeringQuestions,
  ...behavioralQuestions,
  ...codingQuestions,
];
