import Link from "next/link";
import { navListClass, type TNavLayout } from "./nav-layout";

const LINKS = [
  { href: "/#tracks", label: "Tracks" },
  { href: "/#how-it-works", label: "How it works" },
  { href: "/pricing", label: "Pricing" },
  { href: "/docs", label: "API" },
];

export function NavLinks({ layout = "bar" }: { layout?: TNavLayout } = {}) {
  return (
    <nav aria-label="Main">
      <ul className={navListClass(layout)}>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
