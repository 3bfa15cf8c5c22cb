"use client";

import { NextIntlClientProvider, useLocale, useMessages, type AbstractIntlMessages } from "next-intl";
import { useMemo, type ReactNode } from "react";

/**
 * A nested provider replaces its parent's messages; this one adds to them instead, so an area's
 * layout sends only its own namespaces and the shell's (from the root layout) are not sent twice.
 * Time zone, formats and `now` come from the parent provider.
 */
export function MergeMessages({ messages, children }: { messages: AbstractIntlMessages; children: ReactNode }) {
  const parent = useMessages();
  const locale = useLocale();
  // One level deep: an area may send one part of a namespace ("marketing.pricing", client-areas.ts).
  const merged = useMemo(() => {
    const next: AbstractIntlMessages = { ...parent };
    for (const [name, value] of Object.entries(messages)) {
      const before = next[name];
      next[name] = typeof before === "object" && typeof value === "object" ? { ...before, ...value } : value;
    }
    return next;
  }, [parent, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
