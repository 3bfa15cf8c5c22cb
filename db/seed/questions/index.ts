// TEMPORARY (lead): replaced by the question-bank author's index when all four tracks exist.
import { productManagementQuestions } from "./product-management";
import { softwareEngineeringQuestions } from "./software-engineering";
import type { SeedQuestion } from "./types";

export const SEED_QUESTIONS: SeedQuestion[] = [...productManagementQuestions, ...softwareEngineeringQuestions];
