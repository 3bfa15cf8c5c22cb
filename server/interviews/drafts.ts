import { eq, sql } from "drizzle-orm";
import type { TDatabase } from "@/db";
import { interviewQuestions, interviews, type TDraftCode } from "@/db/schema";
import { lockInterviewItem } from "./find-item";

/** Autosave: the latest draft of the answer box, so a reload or a lost connection loses nothing. */
export async function saveDraft(db: TDatabase, userId: string, input: { id: string; questionId: string; draft: string; code?: TDraftCode }): Promise<{ savedAt: string }> {
  return db.transaction(async (tx) => {
    const { item } = await lockInterviewItem(tx, { userId, interviewId: input.id, questionId: input.questionId });
    const [saved] = await tx
      .update(interviewQuestions)
      .set({ draft: input.draft, ...(input.code ? { draftCode: input.code } : {}), draftSavedAt: sql`now()` })
      .where(eq(interviewQuestions.id, item.id))
      .returning({ savedAt: interviewQuestions.draftSavedAt });
    await tx.update(interviews).set({ lastActivityAt: sql`now()` }).where(eq(interviews.id, input.id));
    return { savedAt: saved!.savedAt!.toISOString() };
  });
}

export async function skipQuestion(db: TDatabase, userId: string, input: { id: string; questionId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const { item } = await lockInterviewItem(tx, { userId, interviewId: input.id, questionId: input.questionId });
    if (item.status === "pending") await tx.update(interviewQuestions).set({ status: "skipped" }).where(eq(interviewQuestions.id, item.id));
    await tx.update(interviews).set({ lastActivityAt: sql`now()` }).where(eq(interviews.id, input.id));
  });
}
