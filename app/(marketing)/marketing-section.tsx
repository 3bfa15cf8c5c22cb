import type { ReactNode } from "react";

interface MarketingSectionProps {
  /** The anchor (`/#tracks`); the heading is `<id>-heading` unless `headingId` says otherwise. */
  id: string;
  headingId?: string;
  title: ReactNode;
  /** A full-width grey band, to set the section off from its neighbours. */
  tinted?: boolean;
  children: ReactNode;
}

/** One section of the landing page: an anchor, a large h2 labelling it, the page's width and spacing. */
export function MarketingSection({ id, headingId = `${id}-heading`, title, tinted = false, children }: MarketingSectionProps) {
  const body = (
    <>
      <h2 id={headingId} className="text-2xl font-bold text-slate-900 sm:text-3xl">
        {title}
      </h2>
      {children}
    </>
  );
  return tinted ? (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-16 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">{body}</div>
    </section>
  ) : (
    <section id={id} aria-labelledby={headingId} className="mx-auto max-w-6xl scroll-mt-16 px-4 py-16 sm:px-6">
      {body}
    </section>
  );
}
