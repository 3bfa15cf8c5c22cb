export default function DashboardLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12" role="status" aria-live="polite">
      <span className="sr-only">Loading your dashboard…</span>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <div className="h-9 w-56 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-72 rounded bg-slate-200" />
        <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-6">
            <div className="flex h-64 items-end gap-5 rounded-xl p-6 ring-1 ring-slate-200">
              {[55, 70, 45, 80, 65].map((height) => (
                <div key={height} className="flex-1 rounded-t-md bg-slate-200" style={{ height: `${height}%` }} />
              ))}
            </div>
            <div className="h-48 rounded-xl ring-1 ring-slate-200" />
          </div>
          <div className="h-48 rounded-xl ring-1 ring-slate-200" />
        </div>
      </div>
    </div>
  );
}
