/**
 * Issue 18: a coding question whose reference solutions fail its tests is refused with the failures
 * named in the admin's language (details.messageValues, shown by the question form and the coding-spec
 * editor), while REST keeps the English message and field. Before, the failures stayed English in ru/ko.
 */
import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { CODING_SPECS } from "@/db/seed/questions/coding-specs";
import { translateFailure } from "@/app/_components/form/use-form-error-text";
import { shutdownCodeRunner } from "@/server/code-runner/run-code";
import type { TCodingSpecInput } from "@/server/contracts/coding-spec";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import type { AppError } from "@/server/errors";
import { inactiveCodingQuestion } from "@/test/helpers/admin";
import { failure as errorOf } from "@/test/helpers/app-error";
import { asSessionUser, callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();
afterAll(async () => {
  await shutdownCodeRunner();
});

const twoSum = CODING_SPECS["code-two-sum"]! as TCodingSpecInput;
/** The first example expects the wrong indices (a plain mismatch); the reference's JavaScript also times out nowhere. */
const broken: TCodingSpecInput = { ...twoSum, examples: [{ ...twoSum.examples[0]!, expected: [0, 2] }, ...twoSum.examples.slice(1)] };
/** A Python reference that raises: the runner's own error. */
const raising: TCodingSpecInput = { ...twoSum, reference: { ...twoSum.reference, python: "def two_sum(nums, target):\n    raise ValueError('boom')\n" } };

type TWords = (key: string, values?: Record<string, string | number>) => string;

/** What the web app shows for the refusal (useFailureText) in `language`. */
function shown(language: TLanguage, error: AppError): string {
  const messages = loadMessages(language);
  const t = createTranslator({ locale: language, messages, namespace: "errors" }) as unknown as TWords;
  const tf = createTranslator({ locale: language, messages, namespace: "form-errors" }) as unknown as TWords;
  const tc = createTranslator({ locale: language, messages, namespace: "common" });
  return translateFailure(t, tf, tc, { message: error.message, data: { appCode: error.code, details: error.details ?? null } });
}

/** Runs of three or more Latin words: English left in a Russian or Korean sentence (language names and values aside). */
function englishIn(text: string): string[] {
  const words = text.replace(/Python|JavaScript|ValueError: boom|“[^”]*”/g, "");
  return words.match(/[A-Za-z]{2,}(?:[ ,:]+[A-Za-z]{2,}){1,}/g) ?? [];
}

async function adminIn(language: TLanguage) {
  const admin = await verifiedTestUser(db, `coding-${language}`);
  await db.update(users).set({ role: "admin", language }).where(eq(users.id, admin.user.id));
  return callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller;
}

describe.each<[TLanguage, RegExp]>([
  ["ru", /Python: не пройдено тестов: 1 из \d+ \(“[^”]+”: ожидалось \[0,2\], получено \[0,1\]\)/],
  ["ko", /Python: 테스트 \d+개 중 1개 실패 \(“[^”]+”: 기대값 \[0,2\], 실제값 \[0,1\]\)/],
])("a failing reference for an admin reading %s", (language, failures) => {
  it("is refused with the failures in that language, the English message kept for REST", { timeout: 120_000 }, async () => {
    const caller = await adminIn(language);
    const question = await inactiveCodingQuestion(caller, `coding-${language}-${Date.now()}`);
    await caller.admin.coding.save({ questionId: question.id, spec: broken });

    const refused = await errorOf(caller.admin.updateQuestion({ id: question.id, changes: { active: true } }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("Python: 1 of");
    expect(refused.message).toContain("expected [0,2], got [0,1]");
    const text = shown(language, refused);
    expect(text).toMatch(failures);
    expect(englishIn(text)).toEqual([]);
  });

  it("names the question and its failures in that language when an import would activate it", { timeout: 120_000 }, async () => {
    const caller = await adminIn(language);
    const question = await inactiveCodingQuestion(caller, `coding-${language}-import-${Date.now()}`);
    await caller.admin.coding.save({ questionId: question.id, spec: broken });
    const [exported] = (await caller.admin.exportQuestions()).filter((row) => row.slug === question.slug);
    const refused = await errorOf(caller.admin.importQuestions({ questions: [{ ...exported!, active: true }] }));
    expect(refused.message).toContain(`“${question.slug}”: This coding question can’t be activated`);
    const text = shown(language, refused);
    expect(text).toContain(question.slug);
    expect(text).toMatch(failures);
    expect(englishIn(text.replace(question.slug, ""))).toEqual([]);
  });

  it("says the runner's own error in that language too, and the save of an active question likewise", { timeout: 120_000 }, async () => {
    const caller = await adminIn(language);
    const question = await inactiveCodingQuestion(caller, `coding-${language}-save-${Date.now()}`);
    await caller.admin.coding.save({ questionId: question.id, spec: twoSum });
    await caller.admin.updateQuestion({ id: question.id, changes: { active: true } });

    const refused = await errorOf(caller.admin.coding.save({ questionId: question.id, spec: raising }));
    expect(refused.code).toBe("CONFLICT");
    const text = shown(language, refused);
    expect(text).toContain("ValueError: boom");
    expect(englishIn(text)).toEqual([]);
  });
});

describe("the same refusal for an admin reading English", () => {
  it("reads exactly as the REST message", { timeout: 120_000 }, async () => {
    const caller = await adminIn("en");
    const question = await inactiveCodingQuestion(caller, `coding-en-${Date.now()}`);
    await caller.admin.coding.save({ questionId: question.id, spec: broken });
    const refused = await errorOf(caller.admin.updateQuestion({ id: question.id, changes: { active: true } }));
    expect(shown("en", refused)).toBe(refused.message);
  });
});
