import type { ReactNode } from "react";

const HEADINGS = {
  /** A main part of a page (the progress page's gaps, review queue, skills). */
  major: "text-xl font-bold text-slate-900",
  /** A smaller part, often inside a card. */
  minor: "text-lg font-semibold text-slate-900",
} as const;

interface LabelledSectionProps {
  /** The heading's id is `<id>-heading` (a link may point at it); the section is labelled by it. */
  id: string;
  title: ReactNode;
  size?: keyof typeof HEADINGS;
  /** A short line under the heading on what the section shows. */
  lead?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A section named by its own h2, so a screen reader lists it under that name. */
export function LabelledSection({ id, title, size = "minor", lead, className, children }: LabelledSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className={HEADINGS[size]}>
        {title}
      </h2>
      {lead ? <p className="mt-1 text-sm text-slate-700">{lead}</p> : null}
      {children}
    </section>
  );
}
