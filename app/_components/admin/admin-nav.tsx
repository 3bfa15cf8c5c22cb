"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin", key: "metrics" },
  { href: "/admin/flagged", key: "flagged" },
  { href: "/admin/questions", key: "questions" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/support", key: "support" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/system", key: "system" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/admin") return pathname === "/admin";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The admin sections; the current one says so (aria-current) and shows it. Wraps onto two rows on phones. */
export function AdminNav() {
  const pathname = usePathname();
  const t = useTranslations("admin.shell");
  return (
    <nav aria-label={t("navLabel")}>
      <ul className="flex flex-wrap gap-1 text-sm font-medium">
        {LINKS.map((link) => {
          const current = isCurrent(pathname, link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 ${current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200 hover:text-slate-900"}`}
              >
                {t(`nav.${link.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
