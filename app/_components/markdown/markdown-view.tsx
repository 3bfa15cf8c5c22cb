import ReactMarkdown, { type Components } from "react-markdown";
import type { Element, ElementContent } from "hast";
import { CodeBlock } from "./code-block";
import type { THighlight } from "./highlighter";

export interface TMarkdownProps {
  /** The text: markdown written by us or an admin (sample answers, feedback), or a candidate's answer. */
  source: string;
  /**
   * "authored" (default) renders markdown. "answer" is a candidate's own text: markdown when it holds a
   * fenced code block, otherwise exactly as typed (pre-wrap), since plain prose with line breaks and
   * indentation is not markdown and must not lose either.
   */
  variant?: "authored" | "answer";
  className?: string;
}

interface TMarkdownViewProps extends TMarkdownProps {
  /** Highlights a code block; null while the browser has not loaded the highlighter (plain code meanwhile). */
  highlight: THighlight | null;
}

const FENCE = /^ {0,3}(```|~~~)/m;

function textOf(nodes: ElementContent[]): string {
  return nodes.map((node) => (node.type === "text" ? node.value : node.type === "element" ? textOf(node.children) : "")).join("");
}

function codeOf(pre: Element | undefined): { code: string; lang: string | null } {
  const code = pre?.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
  const classes = code?.properties.className;
  const langClass = Array.isArray(classes) ? classes.map(String).find((name) => name.startsWith("language-")) : undefined;
  // mdast keeps a block's text without its final newline; a trailing one would only add an empty line.
  return { code: textOf(code?.children ?? []).replace(/\n$/, ""), lang: langClass ? langClass.slice("language-".length) : null };
}

/** Headings inside an answer would break the page's outline, so they render as bold paragraphs. */
const heading: Components["h1"] = ({ children }) => <p className="mt-3 font-semibold text-slate-900">{children}</p>;

function components(highlight: THighlight | null): Components {
  return {
    pre: ({ node }) => {
      const { code, lang } = codeOf(node);
      return <CodeBlock code={code} lang={lang} highlighted={highlight ? highlight(code, lang) : null} />;
    },
    code: ({ children }) => <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-900">{children}</code>,
    // Single line breaks inside a paragraph are kept, as people type them.
    p: ({ children }) => <p className="my-2 whitespace-pre-line first:mt-0 last:mb-0">{children}</p>,
    ul: ({ children }) => <ul className="my-2 list-disc space-y-1 pl-5">{children}</ul>,
    ol: ({ children }) => <ol className="my-2 list-decimal space-y-1 pl-5">{children}</ol>,
    blockquote: ({ children }) => <blockquote className="my-2 border-l-2 border-slate-300 pl-3 text-slate-700">{children}</blockquote>,
    a: ({ href, children }) => (
      <a href={href} rel="nofollow noopener noreferrer" target="_blank" className="font-medium text-brand-700 underline underline-offset-2">
        {children}
      </a>
    ),
    h1: heading,
    h2: heading,
    h3: heading,
    h4: heading,
    h5: heading,
    h6: heading,
  };
}

/**
 * Markdown rendered to React: no raw HTML (react-markdown shows it as text), javascript: and other unsafe
 * link targets dropped by its default urlTransform, no images (a remote image in an answer is a tracker),
 * code blocks (fenced and indented) as CodeBlock. Shared by the server and the client wrappers.
 */
export function MarkdownView({ source, variant = "authored", className, highlight }: TMarkdownViewProps) {
  if (variant === "answer" && !FENCE.test(source)) {
    return (
      <div dir="auto" className={`whitespace-pre-wrap break-words ${className ?? ""}`}>
        {source}
      </div>
    );
  }
  return (
    <div dir="auto" className={`break-words ${className ?? ""}`} data-markdown="">
      <ReactMarkdown components={components(highlight)} disallowedElements={["img"]}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
