"use client";

import { useEffect, useState } from "react";
import type { THighlight } from "./highlighter";
import { MarkdownView, type TMarkdownProps } from "./markdown-view";

let loaded: Promise<THighlight> | undefined;

/** The grammars (~250 kB) load once per page, and only when a block of code is on screen. */
function loadHighlight(): Promise<THighlight> {
  loaded ??= import("./highlighter").then((module) => module.highlight);
  return loaded;
}

const HAS_CODE = /^( {0,3}(```|~~~)| {4}|\t)/m;

/**
 * Markdown for client components (a score pushed to the practice page after it renders): the same
 * rendering as Markdown, with code shown plain (monospace, whitespace kept) until the highlighter has
 * loaded in the browser, then coloured. Server components use Markdown, highlighted on the server.
 */
export function ClientMarkdown(props: TMarkdownProps) {
  const [highlight, setHighlight] = useState<THighlight | null>(null);
  const hasCode = HAS_CODE.test(props.source);
  useEffect(() => {
    if (!hasCode) return;
    let active = true;
    void loadHighlight().then((fn) => {
      if (active) setHighlight(() => fn);
    });
    return () => {
      active = false;
    };
  }, [hasCode]);
  return <MarkdownView {...props} highlight={highlight} />;
}
