export default function HistoryLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12" role="status" aria-live="polite">
      <span className="sr-only">Loading your interviews…</span>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <div className="h-9 w-40 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-72 rounded bg-slate-200" />
        <div className="mt-8 h-32 rounded-xl bg-slate-100" />
        <div className="mt-8 space-y-3">
          {[0, 1, 2, 3].map((row) => (
            <div key={row} className="flex items-center gap-6 rounded-xl p-5 ring-1 ring-slate-200">
              <div className="flex-1 space-y-2">
                <div className="h-4 w-56 rounded bg-slate-200" />
                <div className="h-3 w-40 rounded bg-slate-200" />
              </div>
              <div className="hidden h-8 w-24 rounded bg-slate-200 sm:block" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
