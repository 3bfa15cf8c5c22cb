import Link from "next/link";
import type { ReactNode } from "react";

interface SectionCardProps {
  /** The heading's id is `<id>-heading`; the section is labelled by it. */
  id: string;
  title: ReactNode;
  /** Beside the heading, on the right (a link to more, a plan badge, a total). */
  aside?: ReactNode;
  /** Added to the card's own classes (print rules, for one). */
  className?: string;
  children: ReactNode;
}

/** A white card headed by an h2, as the dashboard and the interview report lay out their sections. */
export function SectionCard({ id, title, aside, className = "", children }: SectionCardProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={`rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6${className ? ` ${className}` : ""}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** The quiet link beside a card's heading ("See all", "Choose a track"): underlined on hover only. */
export function AsideLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
      {children}
    </Link>
  );
}
