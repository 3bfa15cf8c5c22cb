import type { ReactNode } from "react";

/** A small rounded label in a table cell or a fact (role, account status, question status); `tone` gives its colours. */
export function Badge({ tone, children }: { tone: string; children: ReactNode }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone}`}>{children}</span>;
}
