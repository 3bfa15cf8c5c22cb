import Link from "next/link";
import type { ReactNode } from "react";

/** The look of a link inside running text (underlined, brand colour). */
export const TEXT_LINK_CLASS = "font-medium text-brand-700 underline hover:text-brand-900";

/** A link for a `<tag>…</tag>` inside a translated sentence (t.rich): `{ settings: richLink("/settings") }`. */
export function richLink(href: string, className: string = TEXT_LINK_CLASS) {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} className={className}>
        {chunks}
      </Link>
    );
  };
}
