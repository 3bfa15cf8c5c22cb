import { highlight } from "./highlighter";
import { MarkdownView, type TMarkdownProps } from "./markdown-view";

/**
 * Markdown for server components: code is highlighted on the server, so the page arrives coloured and
 * ships no grammar to the browser. Client components use ClientMarkdown instead.
 */
export function Markdown(props: TMarkdownProps) {
  return <MarkdownView {...props} highlight={highlight} />;
}
