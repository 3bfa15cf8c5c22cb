import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("nav.footer");
  return (
    <footer className="no-print border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>{t("tagline", { year: new Date().getFullYear() })}</p>
        <ul className="flex gap-4">
          <li>
            <Link className="hover:text-slate-900 hover:underline" href="/docs">
              {t("apiReference")}
            </Link>
          </li>
          <li>
            {/* A JSON endpoint, not a page: a plain link, so no page prefetches it as if it were a route. */}
            <a className="hover:text-slate-900 hover:underline" href="/api/health">
              {t("status")}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
