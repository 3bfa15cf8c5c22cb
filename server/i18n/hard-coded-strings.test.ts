/**
 * No user-facing text hard-coded in components: every .tsx under the covered parts of app/ goes
 * through the message catalogs. Converting a folder? Add it to COVERED (the goal: all of app/).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findHardCodedStrings } from "./hard-coded-strings";

const COVERED = [
  "app/(auth)",
  "app/_components/dispute-score-button.tsx",
  "app/(app)/interviews/[id]/report/page.tsx",
  "app/(app)/interviews/[id]/report/score-summary.tsx",
  "app/(app)/interviews/[id]/report/dimension-chart.tsx",
  "app/(app)/interviews/[id]/report/time-chart.tsx",
  "app/(app)/interviews/[id]/report/not-completed.tsx",
  "app/(app)/interviews/[id]/report/print-button.tsx",
  "app/(app)/interviews/[id]/report/error.tsx",
  "app/(app)/interviews/[id]/report/loading.tsx",
  "app/(app)/interviews/[id]/report/question-report.tsx",
  "app/(marketing)/pricing",
  "app/(app)/help",
  "app/_components/support",
  "app/_components/score",
  "app/(marketing)/page.tsx",
  "app/(marketing)/rubric-section.tsx",
  "app/(marketing)/scoring-section.tsx",
  "app/(marketing)/quota-privacy-section.tsx",
  "app/(marketing)/sample-feedback-section.tsx",
  "app/(marketing)/score-preview.tsx",
  "app/not-found.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "app/_components/form",
  "app/_components/field-error.tsx",
  "app/_components/field-frame.tsx",
  "app/_components/password-field.tsx",
  "app/_components/password-strength-meter.tsx",
  "app/_components/data-table.tsx",
  "app/_components/verify-email-banner.tsx",
  "app/_components/resend-verification-button.tsx",
  "app/layout.tsx",
  "app/_components/site-header.tsx",
  "app/_components/app-nav.tsx",
  "app/_components/app-nav-link.tsx",
  "app/_components/nav-links.tsx",
  "app/_components/mobile-menu.tsx",
  "app/_components/account-menu.tsx",
  "app/_components/site-footer.tsx",
  "app/_components/skip-link.tsx",
  "app/_components/sign-out-button.tsx",
  "app/_components/language-switcher.tsx",
  "app/(app)/dashboard",
  "app/(app)/practice",
  "app/(app)/history",
  "app/(app)/settings",
  "app/(app)/progress",
  "app/(app)/jobs",
  "app/(app)/interviews/[id]/report/job-coverage.tsx",
  "app/dev",
  "app/docs",
  "app/_components/area-messages.tsx",
  "app/_components/merge-messages.tsx",
  "app/(marketing)/layout.tsx",
  "app/(app)/billing",
  "app/(app)/interviews/_components",
  "app/admin",
  "app/_components/admin",
  "app/_components/code",
  "app/_components/markdown",
  // Everything else under app/ too: the list above is the history of the conversion.
  "app",
];

/**
 * Files allowed to keep English, and why. The social preview image is drawn for link crawlers, which
 * send no language, with a font that holds only ASCII (social-card.tsx strips everything else).
 */
const EXEMPT = new Set(["app/_components/social-card.tsx"]);

const ROOT = path.resolve(import.meta.dirname, "../..");

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsxFiles(rel);
    return entry.name.endsWith(".tsx") ? [rel] : [];
  });
}

const covered = tsxFiles("app").filter((file) => !EXEMPT.has(file) && COVERED.some((prefix) => file === prefix || file.startsWith(`${prefix}/`)));

describe("findHardCodedStrings", () => {
  it("flags JSX text and user-facing props, not translated ones or the brand", () => {
    const source = [
      "export function A({ t }: { t: (k: string) => string }) {",
      '  return (<div aria-label="Close dialog" className="p-2">',
      "    Hello there <b>{t(\"x\")}</b> Rehearse {\"Loose\"}",
      '    <input placeholder={t("p")} title={`Due ${1}`} />',
      "    <code>npm</code>",
      '    <img alt="" /> <kbd>Ctrl</kbd> {/* i18n-ignore */}',
      "  </div>);",
      "}",
      'const LINKS = [{ href: "/a", label: "Dashboard" }];',
    ].join("\n");
    expect(findHardCodedStrings("a.tsx", source).map((f) => f.text)).toEqual(["Close dialog", "Hello there", "Loose", "Due", "npm", "Dashboard"]);
  });
});

describe("components", () => {
  it("covers files", () => {
    expect(covered.length).toBeGreaterThan(0);
  });

  it.each(covered)("%s has no hard-coded user-facing text", (file) => {
    const findings = findHardCodedStrings(file, fs.readFileSync(path.join(ROOT, file), "utf8"));
    expect(findings.map((f) => `${file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
