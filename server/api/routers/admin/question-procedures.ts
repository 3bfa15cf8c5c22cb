import { adminProcedure } from "@/server/api/trpc";
import { createQuestion, exportQuestions, importQuestions, searchQuestions, updateQuestion } from "@/server/admin/question-bank";
import { generateQuestionDrafts } from "@/server/admin/question-drafts";
import { ZAdminQuestionSchema, ZGenerateDraftsInputSchema, ZGenerateDraftsResponseSchema, ZImportQuestionsInputSchema, ZImportQuestionsResponseSchema, ZQuestionExportSchema, ZQuestionInputSchema, ZQuestionSearchInputSchema, ZQuestionSearchResponseSchema, ZUpdateQuestionInputSchema } from "@/server/contracts/admin";
import { ZQuestionTranslationKeySchema, ZQuestionTranslationSchema, ZSaveQuestionTranslationInputSchema } from "@/server/contracts/question-translations";
import { getQuestionTranslation, saveQuestionTranslation } from "@/server/questions/translation-admin";
import { candidateLanguage } from "@/server/questions/candidate-language";
import { actorOf } from "./actor";

/** The question bank: search, create, edit, AI drafts, import and export. */
export const questionProcedures = {
  questions: adminProcedure
    .input(ZQuestionSearchInputSchema)
    .output(ZQuestionSearchResponseSchema)
    .query(({ ctx, input }) => searchQuestions(ctx.db, input)),

  createQuestion: adminProcedure
    .input(ZQuestionInputSchema)
    .output(ZAdminQuestionSchema)
    .mutation(({ ctx, input }) => createQuestion(ctx.db, actorOf(ctx.user), input)),

  updateQuestion: adminProcedure
    .input(ZUpdateQuestionInputSchema)
    .output(ZAdminQuestionSchema)
    .mutation(({ ctx, input }) => updateQuestion(ctx.db, actorOf(ctx.user), input.id, input.changes, () => candidateLanguage(ctx))),

  generateDrafts: adminProcedure
    .input(ZGenerateDraftsInputSchema)
    .output(ZGenerateDraftsResponseSchema)
    .mutation(({ ctx, input }) => generateQuestionDrafts(ctx.db, actorOf(ctx.user), input)),

  questionTranslation: adminProcedure
    .input(ZQuestionTranslationKeySchema)
    .output(ZQuestionTranslationSchema)
    .query(({ ctx, input }) => getQuestionTranslation(ctx.db, input.questionId, input.language)),

  saveQuestionTranslation: adminProcedure
    .input(ZSaveQuestionTranslationInputSchema)
    .output(ZQuestionTranslationSchema)
    .mutation(({ ctx, input }) => saveQuestionTranslation(ctx.db, actorOf(ctx.user), input)),

  exportQuestions: adminProcedure.output(ZQuestionExportSchema).query(({ ctx }) => exportQuestions(ctx.db)),

  importQuestions: adminProcedure
    .input(ZImportQuestionsInputSchema)
    .output(ZImportQuestionsResponseSchema)
    .mutation(({ ctx, input }) => importQuestions(ctx.db, actorOf(ctx.user), input.questions, () => candidateLanguage(ctx))),
};
