import { useTranslations } from "next-intl";

/** A question-bank tag as written in the bank ("product-design"), readable when no name is known. */
export function plainTopic(tag: string): string {
  return tag.replace(/-/g, " ");
}

/**
 * The reader's name for a topic tag: the bank's tags are named in `vocabulary.topics`; a tag an admin
 * made up since is shown as written (tags stay English keys for filters, REST and statistics).
 */
export function useTopicName(): (tag: string) => string {
  const label = useTopicLabel();
  return (tag) => label(tag).name;
}

/**
 * The same, saying whether the name is the tag as written: an admin's own tag is question-bank data
 * (its element gets data-user-content), a named one is interface text the language walks check.
 */
export function useTopicLabel(): (tag: string) => { name: string; asWritten: boolean } {
  const t = useTranslations("vocabulary.topics");
  return (tag) => {
    const key = tag as Parameters<typeof t>[0];
    return t.has(key) ? { name: t(key), asWritten: false } : { name: plainTopic(tag), asWritten: true };
  };
}
