"use client";

import { FormAlert } from "./form-alert";
import { Spinner } from "./spinner";
import { useFailureText } from "./form/use-form-error-text";

interface QueryFallbackProps {
  /** A query that has no data yet: still loading, or failed. */
  query: { isPending: boolean; error: unknown };
  /** What the spinner line says while it loads ("Loading your plan…"). */
  loadingLabel: string;
}

/** What a section shows before its query has data: a spinner line while loading, the error's message after. */
export function QueryFallback({ query, loadingLabel }: QueryFallbackProps) {
  const failureText = useFailureText();
  if (query.isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        <Spinner />
        {loadingLabel}
      </p>
    );
  }
  return <FormAlert focusOnShow={false}>{failureText(query.error)}</FormAlert>;
}
