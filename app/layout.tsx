import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { SkipLink } from "./_components/skip-link";
import { TRPCReactProvider } from "./_trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rehearse — interview practice with scores you can trust", template: "%s · Rehearse" },
  description:
    "Practise real product, engineering, behavioral and coding interview questions, get a rubric score with concrete feedback, and watch your skills improve.",
  icons: { icon: "/icon.svg" },
};

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
