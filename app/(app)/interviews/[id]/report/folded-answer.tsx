import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { answerExcerpt, FOLD_WORDS, wordCount } from "./fold-words";

/**
 * A long answer, folded: its opening words, then a native disclosure (<details>: keyboard and screen
 * readers know it, no script) that shows it all. A 1,500-word answer otherwise made the report pages long.
 * Printed (or saved as PDF), it is shown in full: the print rules open the disclosure's content and
 * hide the excerpt and the toggle, with no script to run before printing.
 */
export function FoldedAnswer({ text, children }: { text: string; children: ReactNode }) {
  const t = useTranslations("report.question");
  const words = wordCount(text);
  if (words <= FOLD_WORDS) return <>{children}</>;
  return (
    <div className="group/answer">
      <p className="group-has-[details[open]]/answer:hidden print:hidden" data-user-content data-testid="answer-excerpt">
        {answerExcerpt(text)}
      </p>
      <details className="group/fold mt-2 print:mt-0 print:[&::details-content]:[content-visibility:visible]" data-testid="folded-answer">
        <summary className="inline-flex cursor-pointer items-center gap-1 rounded text-sm font-semibold text-brand-700 underline-offset-2 hover:underline print:hidden">
          <span aria-hidden="true" className="inline-block transition-transform group-open/fold:rotate-90">
            ›
          </span>
          <span className="group-open/fold:hidden">{t("showWholeAnswer", { words })}</span>
          <span className="hidden group-open/fold:inline">{t("hideWholeAnswer")}</span>
        </summary>
        <div className="mt-2 print:mt-0">{children}</div>
      </details>
    </div>
  );
}
