import type { ReactNode } from "react";

/**
 * A titled part of an admin page: a section named by its h2 (the heading's id), then its content.
 * `srOnlyTitle` keeps the name for screen readers when the content speaks for itself.
 */
export function AdminSection({ id, title, srOnlyTitle, className = "space-y-3", children }: { id: string; title: ReactNode; srOnlyTitle?: boolean; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={srOnlyTitle ? "sr-only" : "text-xl font-semibold text-slate-900"}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Stat tiles (KpiTile, facts) in a <dl> grid that fits as many 10rem tiles as the width allows. */
export function TileGrid({ children, className = "grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]" }: { children: ReactNode; className?: string }) {
  return <dl className={`grid gap-3 sm:gap-4 ${className}`}>{children}</dl>;
}
