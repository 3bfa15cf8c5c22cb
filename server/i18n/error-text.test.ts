/**
 * Server messages built from values (an interview's status, a limit, a provider, a slug) name their
 * `errors` catalog entry and values in details (AppError.withText): the web app says them in the
 * reader's language, English reads exactly as the server wrote it, and every key the server names exists.
 */
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { translateFailure } from "@/app/_components/form/use-form-error-text";
import { errorTextOf } from "@/server/contracts/error-text";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { codeLanguageNotTaken } from "@/server/code-runner/code-language-error";
import { AppError } from "@/server/errors";
import { errorBody } from "@/server/http/error-body";
import { interviewClosedError } from "@/server/interview-closed";
import { loadMessages } from "./messages";

type TWords = (key: string, values?: Record<string, string | number>) => string;

/** What useFailureText shows for a failed tRPC call carrying `error`. */
function shown(locale: TLanguage, error: AppError): string {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "errors" }) as unknown as TWords;
  const tf = createTranslator({ locale, messages, namespace: "form-errors" }) as unknown as TWords;
  const tc = createTranslator({ locale, messages, namespace: "common" });
  return translateFailure(t, tf, tc, { message: error.message, data: { appCode: error.code, details: error.details ?? null } });
}

const ROOT = path.resolve(import.meta.dirname, "../..");
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [fs.readFileSync(path.join(ROOT, rel), "utf8")] : [];
  });
}

describe("server messages with values", () => {
  it("name only keys the errors catalog has", () => {
    const keys = [...sources("server").join("\n").matchAll(/\.withText\(\s*"([A-Za-z0-9.]+)"/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(10);
    const en = loadMessages("en");
    // A `server.` key is in form-errors (pages with forms, the admin console); the shell's errors stay small.
    const entry = (key: string) => (key.startsWith("server.") ? (en["form-errors"].server as Record<string, unknown>)[key.slice(7)] : (en.errors as Record<string, unknown>)[key]);
    for (const key of keys) expect(typeof entry(key), key).toBe("string");
  });

  it("carry the key beside the English message, over tRPC and REST", () => {
    const error = interviewClosedError("completed");
    expect(error.message).toBe("This interview is completed; it no longer takes answers.");
    expect(errorTextOf({ data: { details: error.details } })).toEqual({ messageKey: "server.interviewClosed", messageValues: { status: "completed" } });
    const rest = errorBody(error, "req-1");
    expect(rest.error.message).toBe(error.message);
    expect(errorTextOf(rest)).toEqual({ messageKey: "server.interviewClosed", messageValues: { status: "completed" } });
  });

  it("keep the details a code already had", () => {
    const error = new AppError("PAYLOAD_TOO_LARGE", "The recording is larger than the limit of 25 MB.", { limitBytes: 25 * 1024 * 1024 }).withText("server.recordingTooLarge", { mb: 25 });
    expect(error.details).toEqual({ limitBytes: 25 * 1024 * 1024, messageKey: "server.recordingTooLarge", messageValues: { mb: 25 } });
  });

  it.each([
    [interviewClosedError("completed"), "Это собеседование завершено: ответы в нём больше не принимаются.", "이 면접은 이미 완료되어 더 이상 답변을 받지 않습니다."],
    [interviewClosedError("abandoned"), "Это собеседование прервано: ответы в нём больше не принимаются.", "이 면접은 중단되어 더 이상 답변을 받지 않습니다."],
    [
      new AppError("PAYLOAD_TOO_LARGE", "The recording is longer than the limit of 300 seconds.").withText("server.recordingTooLong", { seconds: 300 }),
      "Запись слишком длинная: можно не больше 300 секунд.",
      "녹음이 제한 시간 300초보다 깁니다.",
    ],
    [
      new AppError("PAYLOAD_TOO_LARGE", "The recording is longer than the limit of 21 seconds.").withText("server.recordingTooLong", { seconds: 21 }),
      "Запись слишком длинная: можно не больше 21 секунды.",
      "녹음이 제한 시간 21초보다 깁니다.",
    ],
    [
      new AppError("VALIDATION_ERROR", "This recording was made for the follow-up answer, not this one.").withText("server.recordingOtherKind", { kind: "follow_up" }),
      "Эта запись сделана для ответа на уточняющий вопрос, а не для этого.",
      "이 녹음은 후속 질문 답변용이라 이 답변에는 쓸 수 없습니다.",
    ],
    [
      new AppError("CONFLICT", "This recording was submitted with an answer; it can no longer be deleted.").withText("server.recordingSubmitted", { action: "deleted" }),
      "Эта запись уже отправлена с ответом, её больше нельзя удалить.",
      "이 녹음은 이미 답변과 함께 제출되어 더 이상 삭제할 수 없습니다.",
    ],
    [new AppError("NOT_FOUND", "GitHub is not connected to your account.").withText("server.providerNotConnected", { provider: "GitHub" }), "GitHub не подключён к вашему аккаунту.", "GitHub 계정이 연결되어 있지 않습니다."],
    [new AppError("VALIDATION_ERROR", 'Unknown time zone "Mars/Base".').withText("server.timeZoneUnknown", { zone: "Mars/Base" }), "Неизвестный часовой пояс «Mars/Base».", '알 수 없는 시간대입니다: "Mars/Base".'],
    [new AppError("CONFLICT", 'A question with the slug "closures" already exists.').withText("server.slugTaken", { slug: "closures" }), "Вопрос с идентификатором «closures» уже есть.", '슬러그가 "closures"인 질문이 이미 있습니다.'],
    [
      new AppError("CONFLICT", "Your earlier Pro checkout has just been paid. Your plan appears in Settings → Billing within a minute; to switch plans, use “Manage billing” there.").withText("checkoutJustPaid", { plan: "pro" }),
      "Ваш предыдущий заказ тарифа «Pro» только что оплачен. Тариф появится в разделе «Настройки → Оплата» в течение минуты; чтобы сменить тариф, нажмите там «Управление оплатой».",
      "앞서 진행한 Pro 요금제 결제가 방금 완료되었습니다. 1분 안에 설정 → 결제에 요금제가 표시됩니다. 요금제를 바꾸려면 그곳에서 ‘결제 관리’를 이용하세요.",
    ],
    [
      new AppError("CONFLICT", "This coding question can’t be activated: its reference solutions must pass all of its tests first. Python: 1 of 3 tests fail (“empty”).").withText(
        "server.referenceFailsActivate",
        { failures: "Python: 1 of 3 tests fail (“empty”)" },
      ),
      // The failures' own words come from the server in the reader's language (server/admin/coding-spec-language.test.ts).
      "Этот вопрос с кодом нельзя включить: сначала эталонные решения должны пройти все его тесты. Python: 1 of 3 tests fail (“empty”).",
      "이 코딩 질문은 아직 활성화할 수 없습니다. 먼저 참조 풀이가 모든 테스트를 통과해야 합니다. Python: 1 of 3 tests fail (“empty”).",
    ],
    [codeLanguageNotTaken(["python"]), "На этот вопрос отвечают кодом на Python.", "이 질문에는 Python 코드로 답해야 합니다."],
    [codeLanguageNotTaken(["python", "javascript"]), "На этот вопрос отвечают кодом на Python или JavaScript.", "이 질문에는 Python 또는 JavaScript 코드로 답해야 합니다."],
    [
      new AppError("VALIDATION_ERROR", "This question takes a written answer, not code: send the answer without code and language.").withText("server.writtenNotCode"),
      "На этот вопрос отвечают текстом, а не кодом: отправьте ответ без кода и языка программирования.",
      "이 질문은 코드가 아니라 글로 답하는 질문입니다. 코드와 언어를 빼고 답변을 보내세요.",
    ],
    [
      new AppError("VALIDATION_ERROR", "A follow-up answer is written, not code: send it without code and language.").withText("server.followUpNotCode"),
      "На уточняющий вопрос отвечают текстом, а не кодом: отправьте ответ без кода и языка программирования.",
      "후속 질문에는 코드가 아니라 글로 답합니다. 코드와 언어를 빼고 보내세요.",
    ],
  ])("%s reads as the server wrote it in English, and in Russian and Korean", (error, ru, ko) => {
    expect(shown("en", error)).toBe(error.message);
    expect(shown("ru", error)).toBe(ru);
    expect(shown("ko", error)).toBe(ko);
  });

  it("falls back to the English message's own translation when no key is named", () => {
    expect(shown("ru", new AppError("NOT_FOUND", "User not found."))).toBe("Пользователь не найден.");
    expect(shown("ko", new AppError("UNAUTHORIZED", "Sign in to continue."))).toBe("계속하려면 로그인하세요.");
  });
});
