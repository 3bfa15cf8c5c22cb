import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/app/_components/admin/admin-nav";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { clientMessages } from "@/server/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.titles");
  return { title: { template: t("template"), default: t("default") }, robots: { index: false, follow: false } };
}

/**
 * Admins only. Everyone else (signed out included) gets the ordinary 404, never a redirect to
 * sign in: that would tell them the page exists. Every admin procedure checks the role again.
 * The admin namespaces reach the browser only here (a nested provider replaces the shell's messages).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("admin.shell")]);
  return (
    <NextIntlClientProvider messages={clientMessages(locale, "admin")}>
      <div className="border-b border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3 sm:px-6 md:flex-row md:items-center md:gap-6">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("badge")}</p>
          <AdminNav />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-10">{children}</div>
    </NextIntlClientProvider>
  );
}
