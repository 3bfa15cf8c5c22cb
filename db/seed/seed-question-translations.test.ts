import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { questions, questionTranslations } from "@/db/schema";
import { SEED_TRANSLATIONS } from "./questions/translations";
import { seedQuestionTranslations } from "./seed-question-translations";

const { sql: client, db } = createDb(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => client.end({ timeout: 5 }));

const SLUG = "bh-disagreement-on-team-project";

async function stored(language: "ru" | "ko") {
  const [row] = await db
    .select({ text: questionTranslations.text, source: questionTranslations.source })
    .from(questionTranslations)
    .innerJoin(questions, eq(questions.id, questionTranslations.questionId))
    .where(and(eq(questions.slug, SLUG), eq(questionTranslations.language, language)));
  return row;
}

describe("seeding the bank's translations", () => {
  it("is idempotent: a second run changes nothing", async () => {
    const again = await seedQuestionTranslations(db, SEED_TRANSLATIONS);
    const total = Object.values(SEED_TRANSLATIONS).reduce((sum, bySlug) => sum + Object.keys(bySlug).length, 0);
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: total });
  });

  it("updates a seed translation whose text changed, and leaves an admin's translation alone", async () => {
    const ru = SEED_TRANSLATIONS.ru[SLUG]!;
    const edited = { ru: { [SLUG]: { ...ru, text: `${ru.text} (правка)` } }, ko: {} };
    expect(await seedQuestionTranslations(db, edited)).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await stored("ru"))?.text).toBe(`${ru.text} (правка)`);

    await db
      .update(questionTranslations)
      .set({ text: "Текст администратора", source: "admin" })
      .where(and(eq(questionTranslations.language, "ru"), eq(questionTranslations.questionId, db.select({ id: questions.id }).from(questions).where(eq(questions.slug, SLUG)))));
    expect(await seedQuestionTranslations(db, SEED_TRANSLATIONS)).toMatchObject({ inserted: 0, updated: 0 });
    expect(await stored("ru")).toEqual({ text: "Текст администратора", source: "admin" });
    expect((await stored("ko"))?.text).toBe(SEED_TRANSLATIONS.ko[SLUG]!.text);

    // Give the row back to the seed so other files see the bank's translation.
    await db.update(questionTranslations).set({ source: "seed" }).where(eq(questionTranslations.text, "Текст администратора"));
    await seedQuestionTranslations(db, SEED_TRANSLATIONS);
    expect(await stored("ru")).toEqual({ text: ru.text, source: "seed" });
  });
});
