"use client";

/**
 * The code editor (CodeMirror 6 through @uiw/react-codemirror): syntax highlighting, line numbers,
 * bracket matching and auto-closing, Tab/Shift-Tab indent. Keyboard users leave it with Esc then Tab
 * (CodeMirror's own escape from tab-trapping); screen readers hear its label. Loaded with
 * next/dynamic (code-editor-lazy.tsx) so CodeMirror never slows the rest of the page.
 */
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { indentUnit } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { TCodeLanguage } from "@/server/contracts/code";

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: TCodeLanguage;
  /** The accessible name (e.g. "Your solution in Python"). */
  label: string;
  /** Ids of the hint and error that describe the editor. */
  describedBy?: string;
  invalid?: boolean;
}

const theme = EditorView.theme({
  "&": { fontSize: "14px", backgroundColor: "#fff" },
  ".cm-content, .cm-gutter": { minHeight: "16rem", fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
  ".cm-scroller": { overflow: "auto", maxHeight: "32rem" },
  "&.cm-focused": { outline: "none" },
  ".cm-gutters": { backgroundColor: "#f8fafc", color: "#475569", borderRight: "1px solid #e2e8f0" },
});

export default function CodeEditor({ value, onChange, language, label, describedBy, invalid }: CodeEditorProps) {
  const t = useTranslations("code.editor");
  const extensions = useMemo(
    () => [
      language === "python" ? python() : javascript(),
      // PEP 8's four spaces for Python, two for JavaScript (what the starting code uses).
      indentUnit.of(language === "python" ? "    " : "  "),
      theme,
      EditorView.contentAttributes.of({
        "aria-label": t("leaveHint", { label }),
        "aria-multiline": "true",
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        // Focusable already (contenteditable), but said outright so axe sees the scroller it sits in
        // (long lines scroll sideways on a phone) as reachable by keyboard: scrollable-region-focusable.
        tabindex: "0",
        spellcheck: "false",
        autocapitalize: "off",
        autocorrect: "off",
      }),
    ],
    [language, label, describedBy, invalid, t],
  );
  return (
    <div
      className={`overflow-hidden rounded-lg border ${invalid ? "border-red-700" : "border-slate-500"} focus-within:outline-[3px] focus-within:outline-offset-2 focus-within:outline-slate-900`}
      data-testid="code-editor"
    >
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={extensions}
        theme="light"
        indentWithTab
        basicSetup={{ lineNumbers: true, bracketMatching: true, closeBrackets: true, foldGutter: false, highlightActiveLine: true, autocompletion: false, searchKeymap: true }}
      />
    </div>
  );
}
