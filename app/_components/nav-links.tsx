import Link from "next/link";
import { useTranslations } from "next-intl";
import { navListClass, type TNavLayout } from "./nav-layout";

const LINKS = [
  { href: "/#tracks", key: "tracks" },
  { href: "/#how-it-works", key: "howItWorks" },
  { href: "/pricing", key: "pricing" },
  { href: "/docs", key: "api" },
] as const;

export function NavLinks({ layout = "bar" }: { layout?: TNavLayout } = {}) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("mainNavLabel")}>
      <ul className={navListClass(layout)}>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
              {t(`visitor.${link.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
