import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { TMessages } from "@/server/i18n/messages";

type TTitle = Exclude<keyof TMessages["admin"]["titles"], "template" | "default">;

/** An admin page's generateMetadata: its title in the interface language (the layout adds "· Admin · Rehearse"). */
export function adminMetadata(page: TTitle): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations("admin.titles"))(page) });
}
