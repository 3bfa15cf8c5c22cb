/**
 * Finds user-facing text written straight into components instead of going through the message
 * catalogs: JSX text with letters, and string literals in user-facing props (aria-label, placeholder,
 * title, alt, label…) or object properties of those names. Anything a line marks with an
 * `i18n-ignore` comment (code samples, identifiers that look like words) is skipped.
 */
import ts from "typescript";

const USER_FACING_PROPS = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "placeholder",
  "title",
  "alt",
  "label",
  "description",
  "hint",
  "heading",
  "emptyMessage",
  "emptyText",
  "confirmLabel",
  "pendingLabel",
  "submitLabel",
  "successMessage",
]);

/** Text that is the same in every language: the brand, technical names, symbols. */
const ALLOWED = new Set(["Rehearse", "API", "REST", "OpenAPI", "JSON", "CSV", "PDF", "URL", "OAuth", "GitHub", "Google", "LinkedIn", "Stripe", "STAR", "UTC", "×", "·", "—", "…"]);

const LETTER = /\p{L}/u;

export interface TFinding {
  line: number;
  text: string;
}

function userFacing(text: string): boolean {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return LETTER.test(trimmed) && !ALLOWED.has(trimmed);
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return literalText(node.whenTrue) ?? literalText(node.whenFalse);
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

function propName(name: ts.Node): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

export function findHardCodedStrings(fileName: string, source: string): TFinding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split("\n");
  const findings: TFinding[] = [];
  const ignored = (line: number) => /i18n-ignore/.test(lines[line] ?? "") || /i18n-ignore/.test(lines[line - 1] ?? "");
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (!ignored(line) && userFacing(text)) findings.push({ line: line + 1, text: text.trim().slice(0, 80) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      // {"text"} or {cond ? "a" : "b"} between tags.
      const text = literalText(node.expression);
      if (text !== null) report(node, text);
    } else if (ts.isJsxAttribute(node)) {
      const name = propName(node.name);
      const text = name && USER_FACING_PROPS.has(name) ? literalText(node.initializer) : null;
      if (text !== null) report(node, text);
    } else if (ts.isPropertyAssignment(node)) {
      const name = propName(node.name);
      const text = name && USER_FACING_PROPS.has(name) ? literalText(node.initializer) : null;
      if (text !== null) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
