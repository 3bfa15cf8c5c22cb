import { useTranslations } from "next-intl";
import type { THighlighted } from "./highlighter";

const FONT_STYLE_ITALIC = 1;
const FONT_STYLE_BOLD = 2;

interface CodeBlockProps {
  code: string;
  /** The fence's language, when it has one. */
  lang: string | null;
  /** Tokens from the highlighter; null shows the code plain (same font, same whitespace). */
  highlighted: THighlighted | null;
}

/**
 * One block of code: monospace, `white-space: pre` (never collapsed or wrapped, scrolls sideways), and
 * coloured token spans when highlighted. Tokens are rendered as React text, so nothing is parsed as HTML.
 * Focusable, so a keyboard user can scroll a long line.
 */
export function CodeBlock({ code, lang, highlighted }: CodeBlockProps) {
  const t = useTranslations("components.codeBlock");
  const language = highlighted?.language ?? lang ?? undefined;
  return (
    <pre
      tabIndex={0}
      data-language={language}
      data-highlighted={highlighted ? "true" : "false"}
      className="my-3 overflow-x-auto whitespace-pre rounded-lg border border-slate-200 bg-white p-3 font-mono text-[13px] leading-relaxed text-[#1f2328] focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      style={highlighted ? { backgroundColor: highlighted.bg, color: highlighted.fg } : undefined}
    >
      {language ? <span className="sr-only">{t("label", { language })}</span> : null}
      <code className="font-mono">
        {highlighted
          ? highlighted.lines.map((line, i) => (
              // Lines joined by "\n" text, so the element's text (and a copy) is exactly the code.
              <span key={i} data-line={i + 1}>
                {i > 0 ? "\n" : null}
                {line.map((token, j) => (
                  <span
                    key={j}
                    style={{
                      color: token.color,
                      fontStyle: token.fontStyle && token.fontStyle & FONT_STYLE_ITALIC ? "italic" : undefined,
                      fontWeight: token.fontStyle && token.fontStyle & FONT_STYLE_BOLD ? 600 : undefined,
                    }}
                  >
                    {token.content}
                  </span>
                ))}
              </span>
            ))
          : code}
      </code>
    </pre>
  );
}
