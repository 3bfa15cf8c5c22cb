/**
 * The pieces of a question as the practice page shows it, shared with the admin's preview of that
 * page so the preview cannot drift from what a candidate sees.
 */
import { useTopicName } from "./topic-name";

/** How far through the interview: a thin bar filled to `fraction` (0..1). Decorative: the text says the same. */
export function QuestionProgressBar({ fraction }: { fraction: number }) {
  return (
    <div className="mt-2 h-1.5 rounded-full bg-slate-100" aria-hidden="true">
      <div className="h-1.5 rounded-full bg-brand-600" style={{ width: `${fraction * 100}%` }} />
    </div>
  );
}

/** The question's topic tags (question-bank content, so marked data-user-content); nothing when it has none. */
export function QuestionTopics({ tags, label }: { tags: readonly string[]; label: string }) {
  const topicName = useTopicName();
  if (tags.length === 0) return null;
  return (
    <ul data-user-content aria-label={label} className="mt-3 flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">
          {topicName(tag)}
        </li>
      ))}
    </ul>
  );
}
