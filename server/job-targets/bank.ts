/**
 * The active question bank as the matcher sees it, and the extraction vocabulary built from it.
 * Both are read per call: 100-odd rows, and admins edit the bank at any time.
 */
import { eq } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { questions } from "@/db/schema";
import { buildVocabulary } from "./requirements/vocabulary";

export async function loadBank(db: TDbOrTx) {
  return db
    .select({ id: questions.id, track: questions.track, level: questions.level, text: questions.text, tags: questions.tags, keyPoints: questions.keyPoints })
    .from(questions)
    .where(eq(questions.active, true));
}

export type TBankQuestion = Awaited<ReturnType<typeof loadBank>>[number];

export async function loadVocabulary(db: TDbOrTx) {
  return buildVocabulary(await loadBank(db));
}
