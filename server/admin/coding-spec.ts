/**
 * A coding question's runnable spec in the admin question bank: read it, save it, and run its
 * reference solutions against every test. The rule every path shares (saving an active question's
 * spec, activating a question, importing one as active): candidates only get a coding question whose
 * reference solutions pass all of its tests in both languages.
 */
import { eq, sql } from "drizzle-orm";
import type { TDatabase, TDbOrTx } from "@/db";
import { questions } from "@/db/schema";
import { referenceRunRequest } from "@/server/code-runner/reference-run";
import { runCode } from "@/server/code-runner/run-code";
import { CODE_LANGUAGES, type TCodingSpec } from "@/server/contracts/vocabulary/code-shapes";
import { CODE_LANGUAGE_LABELS } from "@/server/contracts/code";
import type { TAdminCodingQuestion, TCodingSpecInput, TReferenceCheck } from "@/server/contracts/coding-spec";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { AppError } from "@/server/errors";
import { codeTestsText, runErrorText, statusNote } from "@/server/code-runner/code-tests-text";
import { audit, type TActor } from "./audit";

/**
 * A reference gets twice the candidates' time limit: the check proves the tests and the solution agree,
 * and a busy server must not make a correct bank question look broken. (The bank test allows 3×.)
 */
const REFERENCE_TIME_FACTOR = 2;

export async function checkReference(spec: TCodingSpec | TCodingSpecInput): Promise<TReferenceCheck> {
  const runs = await Promise.all(
    CODE_LANGUAGES.map(async (language) => ({ language, result: await runCode(referenceRunRequest(spec, language, REFERENCE_TIME_FACTOR)) })),
  );
  // Hidden tests are marked, so the admin's table says which ones candidates never see.
  const marked = runs.map(({ language, result }) => ({
    language,
    result: { ...result, tests: result.tests.map((test, index) => (index >= spec.examples.length ? { ...test, hidden: true } : test)) },
  }));
  return { passed: runs.every((run) => run.result.status === "passed"), runs: marked };
}

/**
 * The reader's language for a refusal's details (the web app shows them; REST keeps the English
 * message): resolved only when there is something to say (the saved preference is a database read).
 */
export type TReaderLanguage = TLanguage | (() => Promise<TLanguage>);

/** "Python: 1 of 12 tests fail (“empty input”: expected [], got null)" per failing language, in `language`. */
function describeFailures(check: TReferenceCheck, language: TLanguage): string {
  const text = codeTestsText(language);
  return check.runs
    .filter((run) => run.result.status !== "passed")
    .map(({ language: code, result }) => {
      const failed = result.tests.filter((test) => !test.passed);
      const first = failed[0];
      // Test names and values are the admin's own data; the runner's fixed errors are said in `language`.
      const why = first
        ? first.error
          ? `“${first.name}”: ${runErrorText(first.error.split("\n").filter(Boolean).at(-1)?.slice(0, 160) ?? "", language)}`
          : `“${first.name}”: ${text.expectedGot(JSON.stringify(first.expected).slice(0, 80), text.got(JSON.stringify(first.actual).slice(0, 80)))}`
        : result.stdout.slice(0, 160) || (statusNote(result.status, language) ?? result.status);
      return text.referenceFails(CODE_LANGUAGE_LABELS[code], failed.length, result.tests.length, why);
    })
    .join("; ");
}

/**
 * Refuses (409, naming the failing tests) unless both reference solutions pass every test. The
 * English message and field stay for REST; details name the catalog entry with the failures in the
 * reader's language (they reach the coding-spec editor and the question form).
 */
export async function assertReferencePasses(spec: TCodingSpec, action: "activate" | "save", language: TReaderLanguage = "en"): Promise<void> {
  const check = await checkReference(spec);
  if (check.passed) return;
  const what =
    action === "activate"
      ? "This coding question can’t be activated: its reference solutions must pass all of its tests first."
      : "Candidates get this question, so its reference solutions must pass all of its tests before the change is saved (or deactivate it first).";
  const failures = describeFailures(check, "en");
  // A failed read of the preference must not hide the refusal itself: English then.
  const reader = typeof language === "function" ? await language().catch((): TLanguage => "en") : language;
  throw new AppError("CONFLICT", `${what} ${failures}.`, { fields: { [action === "activate" ? "active" : "spec"]: failures } }).withText(
    action === "activate" ? "server.referenceFailsActivate" : "server.referenceFailsSave",
    { failures: reader === "en" ? failures : describeFailures(check, reader) },
  );
}

export async function getCodingSpec(db: TDbOrTx, questionId: string): Promise<TAdminCodingQuestion> {
  const [row] = await db
    .select({ id: questions.id, slug: questions.slug, track: questions.track, active: questions.active, coding: questions.coding })
    .from(questions)
    .where(eq(questions.id, questionId));
  if (!row) throw new AppError("NOT_FOUND", "Question not found.");
  return { questionId: row.id, slug: row.slug, track: row.track, active: row.active, spec: row.coding ?? null };
}

export async function saveCodingSpec(db: TDatabase, actor: TActor, questionId: string, spec: TCodingSpecInput | null, language: TReaderLanguage = "en"): Promise<TAdminCodingQuestion> {
  const coding = spec as TCodingSpec | null;
  // The reference run takes seconds: it runs before the transaction, so no connection is held and the
  // question's row is not locked meanwhile (two admins saving the same question waited on that lock until
  // the statement timeout, a 503). A question activated between this read and the lock is checked there.
  const [current] = coding ? await db.select({ track: questions.track, active: questions.active }).from(questions).where(eq(questions.id, questionId)) : [];
  const checked = Boolean(coding && current?.track === "coding" && current.active);
  if (checked) await assertReferencePasses(coding!, "save", language);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(questions).where(eq(questions.id, questionId)).for("update");
    if (!before) throw new AppError("NOT_FOUND", "Question not found.");
    if (before.track !== "coding") throw new AppError("VALIDATION_ERROR", "Only coding-track questions have tests.", { fields: { spec: "not a coding question" } });
    if (coding && before.active && !checked) await assertReferencePasses(coding, "save", language);
    // Like any admin edit, it takes the question out of the seed's hands (the next start keeps it).
    await tx
      .update(questions)
      .set({ coding, source: before.source === "seed" ? "admin" : before.source, updatedAt: sql`now()` })
      .where(eq(questions.id, questionId));
    const summary = (value: TCodingSpec | null) => (value ? { functionName: value.functionName, examples: value.examples.length, hiddenTests: value.hiddenTests.length } : null);
    await audit(tx, actor, { action: "question.coding", targetType: "question", targetId: questionId, before: { coding: summary(before.coding) }, after: { coding: summary(coding) } });
    return { questionId, slug: before.slug, track: before.track, active: before.active, spec: coding };
  });
}
