"use client";

import { buttonClass } from "@/app/_components/button-styles";
import { useErrorDigest } from "@/app/_components/use-error-digest";

/** An admin page whose data failed to load: what happened, the error id for the logs, and a retry. */
export function AdminRouteError({ error, retry, title = "This page couldn’t load" }: { error: unknown; retry: () => void; title?: string }) {
  const digest = useErrorDigest(error);
  return (
    <div role="alert" className="rounded-xl bg-white p-8 text-center ring-1 ring-red-200">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mx-auto mt-3 max-w-lg text-slate-700">
        Something went wrong on our side while loading it. Nothing was changed.
        {digest ? (
          <>
            {" "}
            The server logs have it as <code className="rounded bg-slate-100 px-1">{digest}</code>.
          </>
        ) : null}
      </p>
      <button
        type="button"
        onClick={() => retry()}
        className={buttonClass("primary", { extra: "mt-6" })}
      >
        Try again
      </button>
    </div>
  );
}
