import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { shellMessages } from "@/server/i18n/client-areas";
import { getEnv } from "@/server/env";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { SkipLink } from "./_components/skip-link";
import { TRPCReactProvider } from "./_trpc/client";
import "./globals.css";

/** og:locale per interface language. */
const OG_LOCALES = { en: "en_US", ru: "ru_RU", ko: "ko_KR" } as const;

/**
 * A function, not a constant: APP_URL (the base of every absolute URL, og:image included) is read
 * at run time, since one build serves whatever address a deployment sets; the texts follow the language.
 */
export async function generateMetadata(): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  const title = t("siteTitle");
  const description = t("siteDescription");
  return {
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: title, template: "%s · Rehearse" },
    description,
    applicationName: "Rehearse",
    icons: { icon: "/icon.svg" },
    // The images come from app/opengraph-image.tsx and app/twitter-image.tsx.
    openGraph: { type: "website", siteName: "Rehearse", locale: OG_LOCALES[locale], title, description },
    twitter: { card: "summary_large_image", title, description },
  };
}

export const viewport: Viewport = { themeColor: "#1f3fb0", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request headers makes every page dynamic, which the per-request CSP nonce needs.
  await headers();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider messages={shellMessages(locale)}>
          <TRPCReactProvider>
            <SkipLink />
            <SiteHeader />
            <main id="main" className="flex-1" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
