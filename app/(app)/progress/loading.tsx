export default function ProgressLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12" role="status" aria-live="polite">
      <span className="sr-only">Loading your progress…</span>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <div className="h-9 w-56 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-96 max-w-full rounded bg-slate-200" />
        <div className="mt-8 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {[1, 2, 3, 4, 5, 6].map((tile) => (
            <div key={tile} className="h-24 rounded-xl ring-1 ring-slate-200" />
          ))}
        </div>
        <div className="mt-10 grid gap-6 lg:grid-cols-[2fr_1fr]">
          <div className="h-72 rounded-xl ring-1 ring-slate-200" />
          <div className="h-40 rounded-xl ring-1 ring-slate-200" />
        </div>
      </div>
    </div>
  );
}
