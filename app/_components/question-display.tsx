/**
 * The pieces of a question as the practice page shows it, shared with the admin's preview of that
 * page so the preview cannot drift from what a candidate sees.
 */
import { useTopicLabel } from "./topic-name";

/** How far through the interview: a thin bar filled to `fraction` (0..1). Decorative: the text says the same. */
export function QuestionProgressBar({ fraction }: { fraction: number }) {
  return (
    <div className="mt-2 h-1.5 rounded-full bg-slate-100" aria-hidden="true">
      <div className="h-1.5 rounded-full bg-brand-600" style={{ width: `${fraction * 100}%` }} />
    </div>
  );
}

/** The question's topic tags in the reader's language (an admin's own tag as written, marked data-user-content); nothing when it has none. */
export function QuestionTopics({ tags, label }: { tags: readonly string[]; label: string }) {
  const topicLabel = useTopicLabel();
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-3 flex flex-wrap gap-1.5">
      {tags.map((tag) => {
        const { name, asWritten } = topicLabel(tag);
        return (
          <li key={tag} data-user-content={asWritten || undefined} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">
            {name}
          </li>
        );
      })}
    </ul>
  );
}
