import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { areaMessages, type TClientArea } from "@/server/i18n/client-areas";
import { MergeMessages } from "./merge-messages";

/**
 * An area's layout wraps its pages in this: the area's namespaces reach the browser here, and only
 * here (server/i18n/client-areas.ts lists them), added to the shell's the root layout sent.
 */
export async function AreaMessages({ area, children }: { area: TClientArea; children: ReactNode }) {
  const locale = await getLocale();
  return <MergeMessages messages={areaMessages(locale, area)}>{children}</MergeMessages>;
}

/** An area's whole layout.tsx: `export default areaLayout("jobs");`. */
export function areaLayout(area: TClientArea) {
  return function AreaLayout({ children }: { children: ReactNode }) {
    return <AreaMessages area={area}>{children}</AreaMessages>;
  };
}
