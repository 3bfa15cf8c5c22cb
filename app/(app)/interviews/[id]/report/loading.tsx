export default function ReportLoading() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6 lg:py-12" role="status" aria-live="polite">
      <span className="sr-only">Loading the report…</span>
      <div aria-hidden="true" className="animate-pulse space-y-6 motion-reduce:animate-none">
        <div className="h-4 w-48 rounded bg-slate-200" />
        <div className="h-8 w-64 rounded bg-slate-200" />
        <div className="flex items-center gap-6 rounded-xl p-6 ring-1 ring-slate-200">
          <div className="h-40 w-40 rounded-full border-[14px] border-slate-200" />
          <div className="flex-1 space-y-3">
            <div className="h-4 w-32 rounded bg-slate-200" />
            <div className="h-6 w-24 rounded bg-slate-200" />
            <div className="h-4 w-56 rounded bg-slate-200" />
          </div>
        </div>
        <div className="space-y-3 rounded-xl p-6 ring-1 ring-slate-200">
          {[0, 1, 2, 3, 4].map((row) => (
            <div key={row} className="h-3 rounded-full bg-slate-200" style={{ width: `${90 - row * 12}%` }} />
          ))}
        </div>
      </div>
    </div>
  );
}
