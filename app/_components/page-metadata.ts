import type { Metadata } from "next";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { TMessages } from "@/server/i18n/messages";

/** Any message's full key ("settings.title", "auth.signIn.metaTitle"). */
type TMessageKey = MessageKeys<TMessages, NestedKeyOf<TMessages>>;

/**
 * A page's generateMetadata: its title from the catalogs in the reader's language, with any fixed
 * metadata beside it (`referrer` on pages whose URL carries a token).
 */
export function titleMetadata(key: TMessageKey, extra: Omit<Metadata, "title"> = {}): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key), ...extra });
}
