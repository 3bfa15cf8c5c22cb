import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, questions, users } from "@/db/schema";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { SEED_TRANSLATIONS } from "@/db/seed/questions/translations";
import { loadScoreInput } from "@/server/scoring/service/score-input";
import { handleRestRequest } from "@/server/http/rest-handler";
import { withRequest } from "@/server/http/with-request";
import { adminTestCaller } from "@/test/helpers/admin";
import { callerFor, errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
const SLUG = "bh-mistake-you-made-and-fixed";
const ru = SEED_TRANSLATIONS.ru[SLUG]!;
const ko = SEED_TRANSLATIONS.ko[SLUG]!;

async function bankQuestion(slug: string) {
  const [row] = await db.select().from(questions).where(eq(questions.slug, slug));
  return row!;
}

async function candidate(label: string, language: "en" | "ru" | "ko" | null) {
  const registered = await verifiedTestUser(db, label);
  await db.update(users).set({ language }).where(eq(users.id, registered.user.id));
  return registered;
}

// An admin's own question, built from a bank question's content under a new slug.
const { track, level, text, tags, difficulty, keyPoints, followUps, sampleAnswer } = SEED_QUESTIONS.find((question) => question.slug === "bh-data-proved-you-wrong")!;
const adminQuestion = (admin: Awaited<ReturnType<typeof adminTestCaller>>, slug: string) =>
  admin.admin.createQuestion({ slug, track, level, text, tags, difficulty, keyPoints, followUps, sampleAnswer, active: true });

describe("questions in the candidate's language", () => {
  it("gives a ru user the bank's Russian text, key points, follow-ups and sample answer (English where one is missing)", async () => {
    const english = await bankQuestion(SLUG);
    const { caller } = await candidate("ru-candidate", "ru");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 1, questionIds: [english.id] });
    expect(interview.language).toBe("ru");
    const [item] = interview.questions;
    expect(item).toMatchObject({ questionId: english.id, text: ru.text });
    expect(item!.fallback).toEqual(ru.sampleAnswer ? [] : ["sampleAnswer"]);

    const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId: english.id, answer: "Я перепутал дату отчёта и сразу сообщил руководителю." });
    const stored = await loadScoreInput(db, answer.id);
    expect(stored!.answer.prompt).toBe(ru.text);
    expect(stored!.input.question).toMatchObject({ keyPoints: ru.keyPoints, followUps: ru.followUps, sampleAnswer: ru.sampleAnswer ?? english.sampleAnswer });
  });

  it("falls back to English field by field where the translation has no text, and says which fields did", async () => {
    const admin = await adminTestCaller(db, "fallback-admin");
    const question = await adminQuestion(admin, `bh-fallback-${Date.now()}`);
    const ruText = "Расскажите, как данные показали, что вы ошибались.";
    await admin.admin.saveQuestionTranslation({ questionId: question.id, language: "ru", fields: { text: ruText, keyPoints: null, followUps: null, sampleAnswer: null } });
    const { caller } = await candidate("fallback-candidate", "ru");
    const { interview } = await caller.interviews.create({ track, level, questionCount: 1, questionIds: [question.id] });
    expect(interview.questions[0]).toMatchObject({ text: ruText, fallback: ["keyPoints", "followUps", "sampleAnswer"] });
    const { answer } = await caller.interviews.submitAnswer({ id: interview.id, questionId: question.id, answer: "Я был уверен, но тест показал обратное." });
    const stored = await loadScoreInput(db, answer.id);
    expect(stored!.answer.prompt).toBe(ruText);
    expect(stored!.input.question).toMatchObject({ keyPoints, followUps, sampleAnswer });
  });

  it("keeps an interview in the language it started in when the user switches language", async () => {
    const english = await bankQuestion(SLUG);
    const { caller, user } = await candidate("switcher", "ko");
    const { interview } = await caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 1, questionIds: [english.id] });
    await db.update(users).set({ language: "ru" }).where(eq(users.id, user.id));
    const reloaded = (await caller.interviews.get({ id: interview.id })).interview;
    expect(reloaded.language).toBe("ko");
    expect(reloaded.questions[0]!.text).toBe(ko.text);
    // An explicit language at the start wins over the saved one.
    const chosen = await caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 1, questionIds: [english.id], language: "en" });
    expect(chosen.interview.questions[0]!.text).toBe(english.text);
  });

  it("counts the same question once per interview across languages (progress and usage stay per question)", async () => {
    const english = await bankQuestion("bh-learned-new-skill-quickly");
    const admin = await adminTestCaller(db, "usage-admin");
    const before = (await admin.admin.questions({ query: english.slug, limit: 5 })).questions.find((row) => row.id === english.id)!.uses;
    for (const language of ["en", "ru", "ko"] as const) {
      const { caller } = await candidate(`usage-${language}`, language);
      const { interview } = await caller.interviews.create({ track: "behavioral", level: "intern", questionCount: 1, questionIds: [english.id] });
      await caller.interviews.submitAnswer({ id: interview.id, questionId: english.id, answer: `An answer written in ${language}.` });
    }
    const after = (await admin.admin.questions({ query: english.slug, limit: 5 })).questions.find((row) => row.id === english.id)!;
    expect(after.uses).toBe(before + 3);
  });
});

describe("admin translations", () => {
  it("edits one language of a question, audit-logs it, and the list shows and filters what is missing", async () => {
    const admin = await adminTestCaller(db, "translator");
    const slug = `bh-translated-${Date.now()}`;
    const question = await adminQuestion(admin, slug);
    const listed = async (missing: "ru" | "ko") => (await admin.admin.questions({ query: slug, missingTranslation: missing, limit: 5 })).questions.map((row) => row.id);

    expect(await listed("ru")).toEqual([question.id]);
    const partial = await admin.admin.saveQuestionTranslation({
      questionId: question.id,
      language: "ru",
      fields: { text: "Расскажите, как вы однажды изменили своё мнение.", keyPoints: ["во что вы верили", "что это изменило"], followUps: null, sampleAnswer: "" },
    });
    expect(partial).toMatchObject({ status: "partial", fallback: ["followUps", "sampleAnswer"], fields: { sampleAnswer: null } });
    expect(await listed("ru")).toEqual([question.id]);

    const complete = await admin.admin.saveQuestionTranslation({
      questionId: question.id,
      language: "ru",
      fields: {
        ...partial.fields,
        followUps: [{ text: "Что заставило вас передумать?", dimension: "reflection" }],
        sampleAnswer: "Ситуация: я был уверен в дате запуска, пока не пришли результаты тестов.",
      },
    });
    expect(complete).toMatchObject({ status: "complete", fallback: [] });
    expect(await listed("ru")).toEqual([]);
    expect(await listed("ko")).toEqual([question.id]);
    const row = (await admin.admin.questions({ query: slug, limit: 5 })).questions[0]!;
    expect(row.translations).toEqual({ ru: "complete", ko: "none" });
    expect(await admin.admin.questionTranslation({ questionId: question.id, language: "ru" })).toEqual(complete);

    // A question without English follow-ups is complete without translated ones.
    const bare = await admin.admin.createQuestion({ slug: `${slug}-bare`, track, level, text, tags, difficulty, keyPoints, sampleAnswer, active: true, followUps: [] });
    const bareFields = { text: "Расскажите, как вы изменили мнение.", keyPoints: ["что изменилось"], followUps: null, sampleAnswer: "Ситуация: я был уверен в сроке запуска." };
    expect(await admin.admin.saveQuestionTranslation({ questionId: bare.id, language: "ru", fields: bareFields })).toMatchObject({ status: "complete", fallback: [] });
    expect((await admin.admin.questions({ query: `${slug}-bare`, missingTranslation: "ru", limit: 5 })).questions).toEqual([]);

    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, "question.translate"), eq(auditLog.targetId, question.id)));
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => (entry.after as { language: string }).language)).toEqual(["ru", "ru"]);

    // The English question is untouched and still what an English candidate gets.
    const { caller } = await candidate("after-translate", "ru");
    const { questions: page } = await caller.catalog.questions({ track, level, limit: 100, lang: "en" });
    expect(page.find((item) => item.id === question.id)?.text).toBe(text);
  });

  it("refuses a follow-up dimension outside the track's rubric, an unknown question, English, and non-admins", async () => {
    const admin = await adminTestCaller(db, "translator-checks");
    const question = await adminQuestion(admin, `bh-checked-${Date.now()}`);
    const badDimension = await errorOf(
      admin.admin.saveQuestionTranslation({
        questionId: question.id,
        language: "ko",
        fields: { text: null, keyPoints: null, sampleAnswer: null, followUps: [{ text: "무엇 때문에 생각이 바뀌었나요?", dimension: "metrics" }] },
      }),
    );
    expect(badDimension.code).toBe("VALIDATION_ERROR");
    expect(badDimension.details).toMatchObject({ fields: { "fields.followUps.0.dimension": expect.stringContaining("metrics") } });
    expect((await errorOf(admin.admin.questionTranslation({ questionId: crypto.randomUUID(), language: "ko" }))).code).toBe("NOT_FOUND");
    // @ts-expect-error English is the question itself, not a translation.
    expect((await errorOf(admin.admin.questionTranslation({ questionId: question.id, language: "en" }))).code).toBe("VALIDATION_ERROR");

    const { caller } = await verifiedTestUser(db, "not-admin");
    const fields = { text: "Вопрос для проверки прав", keyPoints: null, followUps: null, sampleAnswer: null };
    expect((await errorOf(caller.admin.saveQuestionTranslation({ questionId: question.id, language: "ru", fields }))).code).toBe("FORBIDDEN");
    expect((await errorOf(callerFor(db).caller.admin.questionTranslation({ questionId: question.id, language: "ru" }))).code).toBe("UNAUTHORIZED");
  });
});

describe("GET /api/v1/questions", () => {
  const route = withRequest(handleRestRequest);
  const get = (query: string, headers: Record<string, string> = {}) =>
    route(new Request(`http://localhost:3999/api/v1/questions?${query}`, { headers: { "x-request-id": "test-request", ...headers } }));
  type TPage = { language: string; questions: Array<{ id: string; text: string; fallback: string[] }> };

  it("answers in ?lang=, else Accept-Language, else English, with English fallbacks named", async () => {
    const english = await bankQuestion(SLUG);
    const find = async (response: Response) => {
      expect(response.status).toBe(200);
      const body = (await response.json()) as TPage;
      return { language: body.language, question: body.questions.find((item) => item.id === english.id)! };
    };
    expect(await find(await get("track=behavioral&level=intern&limit=100&lang=ru"))).toMatchObject({ language: "ru", question: { text: ru.text, fallback: [] } });
    expect(await find(await get("track=behavioral&level=intern&limit=100", { "accept-language": "ko-KR,ko;q=0.9,en;q=0.5" }))).toMatchObject({ language: "ko", question: { text: ko.text } });
    expect(await find(await get("track=behavioral&level=intern&limit=100&lang=en", { "accept-language": "ru" }))).toMatchObject({ language: "en", question: { text: english.text } });
    expect(await find(await get("track=behavioral&level=intern&limit=100"))).toMatchObject({ language: "en", question: { text: english.text, fallback: [] } });
  });

  it("answers 400 naming lang for a language it does not have", async () => {
    const response = await get("lang=de");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; details?: unknown } };
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(JSON.stringify(body.error)).toContain("lang");
  });
});
