/** Admins read and edit a bank question's translation into one language; every save is audit-logged. */
import { eq, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db";
import { questions, questionTranslations } from "@/db/schema";
import { audit, type TActor } from "@/server/audit/audit-log";
import { AppError } from "@/server/errors";
import { followUpDimensionProblem, type TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import type { TQuestionTranslation, TQuestionTranslationFields, TSaveQuestionTranslationInput, TTranslationLanguage } from "@/server/contracts/question-translations";
import { missingFields, translationStatus } from "./localized-question";
import { storedTranslation } from "./translation-status";

type TStored = Awaited<ReturnType<typeof storedTranslation>>;

type TEnglish = { followUps: TFollowUp[] };

function translationDto(questionId: string, language: TTranslationLanguage, row: TStored, english: TEnglish): TQuestionTranslation {
  const fields: TQuestionTranslationFields = {
    text: row?.text ?? null,
    keyPoints: row?.keyPoints ?? null,
    followUps: row?.followUps ?? null,
    sampleAnswer: row?.sampleAnswer ?? null,
  };
  return {
    questionId,
    language,
    fields,
    fallback: missingFields(fields, english),
    status: translationStatus(fields, english),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

async function bankQuestion(db: TDbOrTx, questionId: string) {
  const [question] = await db.select({ id: questions.id, track: questions.track, followUps: questions.followUps }).from(questions).where(eq(questions.id, questionId));
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  return question;
}

export async function getQuestionTranslation(db: TDbOrTx, questionId: string, language: TTranslationLanguage): Promise<TQuestionTranslation> {
  const question = await bankQuestion(db, questionId);
  return translationDto(questionId, language, await storedTranslation(db, questionId, language), question);
}

/** Empty texts and lists are stored as null: "not translated", so candidates get the English field. */
function normalised(fields: TQuestionTranslationFields): TQuestionTranslationFields {
  const orNull = <T extends string | readonly unknown[]>(value: T | null) => (value && value.length > 0 ? value : null);
  return { text: orNull(fields.text), keyPoints: orNull(fields.keyPoints), followUps: orNull(fields.followUps), sampleAnswer: orNull(fields.sampleAnswer) };
}

export async function saveQuestionTranslation(db: TDatabase, actor: TActor, input: TSaveQuestionTranslationInput): Promise<TQuestionTranslation> {
  const fields = normalised(input.fields);
  return db.transaction(async (tx) => {
    const question = await bankQuestion(tx, input.questionId);
    // Translated follow-ups probe the same rubric as the English ones: the dimension must be the track's.
    const problem = fields.followUps ? followUpDimensionProblem(question.track, fields.followUps) : null;
    if (problem) throw new AppError("VALIDATION_ERROR", problem.message, { fields: { [`fields.${problem.path}`]: problem.message } });
    const before = await storedTranslation(tx, input.questionId, input.language);
    await tx
      .insert(questionTranslations)
      .values({ questionId: input.questionId, language: input.language, ...fields, source: "admin" })
      .onConflictDoUpdate({
        target: [questionTranslations.questionId, questionTranslations.language],
        // An admin's translation leaves the seed's hands, like an edited question.
        set: { ...fields, source: "admin", updatedAt: sql`now()` },
      });
    await audit(tx, actor, {
      action: "question.translate",
      // Its own target type: the seed reads "question" entries' follow-ups as the English ones an admin set.
      targetType: "question_translation",
      targetId: input.questionId,
      before: before ? { language: input.language, ...translationDto(input.questionId, input.language, before, question).fields } : null,
      after: { language: input.language, ...fields },
    });
    return translationDto(input.questionId, input.language, await storedTranslation(tx, input.questionId, input.language), question);
  });
}
