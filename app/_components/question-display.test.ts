import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { BackLink } from "./back-link";
import { QuestionProgressBar, QuestionTopics } from "./question-display";

function inLanguage(locale: TLanguage, element: ReactElement): string {
  const provider = { locale, messages: loadMessages(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider, element));
}

/**
 * The practice page, the admin's preview of it and the job pages render these shared pieces; the
 * markup must stay what each page wrote by hand before (e2e specs and screen readers rely on it).
 */
describe("shared question display", () => {
  it("lists topic tags by their names in the reader's language, labelled; only an admin's own tag is marked as question-bank data", () => {
    const topics = createElement(QuestionTopics, { tags: ["system-design", "caching", "made-up-tag"], label: "Topics" });
    // Named tags are interface text (the language walks read them); the tag shown as written is data-user-content.
    expect(inLanguage("en", topics)).toBe(
      '<ul aria-label="Topics" class="mt-3 flex flex-wrap gap-1.5">' +
        '<li class="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">system design</li>' +
        '<li class="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">caching</li>' +
        '<li data-user-content="true" class="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">made up tag</li></ul>',
    );
    const russian = inLanguage("ru", topics);
    expect(russian).toContain(">проектирование систем</li>");
    expect(russian).toContain(">кеширование</li>");
    // A tag the bank does not name (an admin's own) is shown as written.
    expect(russian).toContain('<li data-user-content="true" class="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">made up tag</li>');
    expect(inLanguage("ko", topics)).toContain(">시스템 설계</li>");
  });

  it("renders no list for a question without tags", () => {
    expect(inLanguage("en", createElement(QuestionTopics, { tags: [], label: "Topics" }))).toBe("");
  });

  it("fills the progress bar to the fraction, hidden from screen readers", () => {
    const html = renderToStaticMarkup(createElement(QuestionProgressBar, { fraction: 2 / 5 }));
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain("width:40%");
  });

  it("puts a decorative arrow before the back link's words", () => {
    // Props built apart: BackLink's type requires children, which createElement's third argument does not satisfy.
    const props: ComponentProps<typeof BackLink> = { href: "/jobs", children: "All jobs" };
    const html = renderToStaticMarkup(createElement(BackLink, props));
    expect(html).toContain('href="/jobs"');
    expect(html).toContain('<span aria-hidden="true">← </span>All jobs');
  });
});
