import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getEnv } from "@/server/env";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { SkipLink } from "./_components/skip-link";
import { TRPCReactProvider } from "./_trpc/client";
import "./globals.css";

const SITE_TITLE = "Rehearse — interview practice with scores you can trust";
const SITE_DESCRIPTION =
  "Practise real product, engineering, behavioral and coding interview questions, get a rubric score with concrete feedback, and watch your skills improve.";

/**
 * A function, not a constant: APP_URL (the base of every absolute URL, og:image included) is read
 * at run time, since one build serves whatever address a deployment sets.
 */
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: SITE_TITLE, template: "%s · Rehearse" },
    description: SITE_DESCRIPTION,
    applicationName: "Rehearse",
    icons: { icon: "/icon.svg" },
    // The images come from app/opengraph-image.tsx and app/twitter-image.tsx.
    openGraph: { type: "website", siteName: "Rehearse", locale: "en_US", title: SITE_TITLE, description: SITE_DESCRIPTION },
    twitter: { card: "summary_large_image", title: SITE_TITLE, description: SITE_DESCRIPTION },
  };
}

export const viewport: Viewport = { themeColor: "#1f3fb0", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request headers makes every page dynamic, which the per-request CSP nonce needs.
  await headers();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <TRPCReactProvider>
          <SkipLink />
          <SiteHeader />
          <main id="main" className="flex-1" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
