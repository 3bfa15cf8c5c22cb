import Link from "next/link";
import type { ReactNode } from "react";

/** The "← All jobs" link above a page's title: the arrow is decoration, the words say where it goes. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
      <span aria-hidden="true">← </span>
      {children}
    </Link>
  );
}
