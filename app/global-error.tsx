"use client";

import "./globals.css";

/**
 * Replaces the root layout when it fails, so the message provider is gone too: the three languages'
 * words live here, chosen by the browser's language.
 */
const WORDS = {
  en: { head: "Rehearse is having trouble", body: "Please reload the page in a moment.", retry: "Try again" },
  ru: { head: "У Rehearse неполадки", body: "Перезагрузите страницу чуть позже.", retry: "Попробовать снова" },
  ko: { head: "Rehearse에 문제가 발생했습니다", body: "잠시 후 페이지를 새로 고쳐 주세요.", retry: "다시 시도" },
} as const;

function browserLanguage(): keyof typeof WORDS {
  if (typeof navigator === "undefined") return "en";
  const primary = navigator.language.slice(0, 2).toLowerCase();
  return primary === "ru" || primary === "ko" ? primary : "en";
}

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const language = browserLanguage();
  const words = WORDS[language];
  return (
    <html lang={language}>
      <body>
        <main role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
          <h1 className="text-3xl font-bold text-slate-900">{words.head}</h1>
          <p className="mt-4 text-slate-700">{words.body}</p>
          <button type="button" onClick={reset} className="mt-8 rounded-lg bg-blue-800 px-5 py-3 font-semibold text-white">
            {words.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
