"use client";

import { useErrorDigest } from "@/app/_components/use-error-digest";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const digest = useErrorDigest(error);
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold text-slate-900">Something went wrong</h1>
      <p className="mt-4 text-slate-700">
        This page hit an error on our side. Your saved work is safe. Try again, and if it keeps happening, quote this
        reference to support: <code className="rounded bg-slate-100 px-1">{digest ?? "unknown"}</code>
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-900"
      >
        Try again
      </button>
    </div>
  );
}
