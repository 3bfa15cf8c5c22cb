import { createElement, type ComponentProps } from "react";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { codingQuestions } from "@/db/seed/questions/coding";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { CODE_THEME, highlight } from "./highlighter";
import { Markdown } from "./markdown";
import type { TMarkdownProps } from "./markdown-view";

/** Rendered inside the app's message provider (the code block's screen-reader label is translated). */
const html = (props: TMarkdownProps, locale: TLanguage = "en") =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, createElement(Markdown, props)));

/** The text inside the first <pre>, tags stripped and entities decoded: what a reader sees. */
function preText(markup: string): string {
  const pre = /<pre[^>]*>([\s\S]*?)<\/pre>/.exec(markup)?.[1] ?? "";
  return pre
    .replace(/<span class="sr-only">[^<]*<\/span>/, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("Markdown", () => {
  it("keeps a sample answer's code exactly, indentation included, in a highlighted pre", () => {
    const twoSum = codingQuestions.find((q) => q.slug === "code-two-sum")!;
    const markup = html({ source: twoSum.sampleAnswer });
    const code = /```python\n([\s\S]+?)\n```/.exec(twoSum.sampleAnswer)![1]!;
    expect(preText(markup)).toBe(code);
    expect(preText(markup)).toContain("\n        if complement in seen:\n            return [seen[complement], i]");
    expect(markup).toMatch(/<pre[^>]*data-language="python"[^>]*data-highlighted="true"/);
    expect(markup).toMatch(/class="[^"]*whitespace-pre [^"]*font-mono/);
    // Keywords are coloured spans.
    expect(markup).toMatch(/<span style="color:#CF222E">def<\/span>/);
  });

  it("highlights an indented code block too, guessing its language from its shape", () => {
    const markup = html({ source: "Like this:\n\n    def f(x):\n        return x * 2\n\nDone." });
    expect(markup).toMatch(/data-language="python"[^>]*data-highlighted="true"/);
    expect(preText(markup)).toBe("def f(x):\n    return x * 2");
    const js = html({ source: "Then:\n\n    function f(x) {\n      return x * 2;\n    }\n" });
    expect(js).toMatch(/data-language="javascript"/);
    expect(preText(js)).toBe("function f(x) {\n  return x * 2;\n}");
  });

  it("shows a fence in an unknown language as plain code, whitespace kept", () => {
    const markup = html({ source: "```cobol\n  MOVE A TO B.\n      STOP RUN.\n```" });
    expect(markup).toMatch(/data-highlighted="false"/);
    expect(preText(markup)).toBe("  MOVE A TO B.\n      STOP RUN.");
  });

  it("escapes raw HTML and drops script links and images", () => {
    const markup = html({
      source: 'Hi <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) ![t](https://tracker.example/p.png) [ok](https://example.com)',
    });
    expect(markup).not.toMatch(/<script|<img|href="javascript:/i);
    expect(markup).not.toContain("tracker.example");
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain('href="https://example.com"');
    expect(markup).toContain('rel="nofollow noopener noreferrer"');
    const fenced = html({ source: "```python\nprint('<script>x</script>')\n```", variant: "answer" });
    expect(fenced).not.toContain("<script>");
    expect(preText(fenced)).toBe("print('<script>x</script>')");
  });

  it("renders a candidate's answer without a fence exactly as typed", () => {
    const source = "# not a heading\nfor x in xs:\n    total += x\n\n* stays *";
    const markup = html({ source, variant: "answer" });
    expect(markup).toContain("whitespace-pre-wrap");
    expect(markup).toContain("# not a heading\nfor x in xs:\n    total += x");
    expect(markup).not.toContain("<em>");
  });

  it("names a code block's language for screen readers in the reader's language", () => {
    expect(html({ source: "```python\nx = 1\n```" })).toContain('<span class="sr-only">Code (python):</span>');
    expect(html({ source: "```python\nx = 1\n```" }, "ru")).toContain('<span class="sr-only">Код (python):</span>');
    expect(html({ source: "```python\nx = 1\n```" }, "ko")).toContain('<span class="sr-only">코드 (python):</span>');
  });

  it("renders a candidate's fenced answer as markdown with highlighted code", () => {
    const markup = html({ source: "My approach:\n\n```js\nconst f = (a) => {\n  return a;\n};\n```", variant: "answer" });
    expect(markup).toMatch(/data-language="javascript"[^>]*data-highlighted="true"/);
    expect(preText(markup)).toBe("const f = (a) => {\n  return a;\n};");
  });
});

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe(`code theme ${CODE_THEME}`, () => {
  it("gives every token of the bank's code WCAG AA contrast (4.5:1) on the block's background", () => {
    const colors = new Set<string>();
    for (const q of codingQuestions) {
      for (const [lang, code] of Object.entries(q.coding!.reference)) {
        const result = highlight(code, lang)!;
        for (const line of result.lines) for (const token of line) if (token.color && token.content.trim()) colors.add(`${token.color}|${result.bg}`);
      }
    }
    expect(colors.size).toBeGreaterThan(3);
    for (const pair of colors) {
      const [fg, bg] = pair.split("|") as [string, string];
      expect(contrast(fg, bg), pair).toBeGreaterThanOrEqual(4.5);
    }
  });
});
