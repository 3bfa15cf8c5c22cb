import Link from "next/link";
import type { ReactNode } from "react";

/** A link for a `<tag>…</tag>` inside a translated sentence (t.rich): `{ settings: richLink("/settings", linkClass) }`. */
export function richLink(href: string, className: string) {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} className={className}>
        {chunks}
      </Link>
    );
  };
}
