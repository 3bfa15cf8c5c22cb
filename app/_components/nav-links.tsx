import Link from "next/link";

const LINKS = [
  { href: "/#tracks", label: "Tracks" },
  { href: "/#how-it-works", label: "How it works" },
  { href: "/pricing", label: "Pricing" },
  { href: "/docs", label: "API" },
];

export function NavLinks() {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1 text-sm font-medium sm:gap-2">
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
