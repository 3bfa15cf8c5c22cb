export default function HelpLoading() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 lg:py-14" role="status" aria-live="polite">
      <span className="sr-only">Loading your requests…</span>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <div className="h-9 w-32 rounded bg-slate-200" />
        <div className="mt-3 h-4 w-80 max-w-full rounded bg-slate-200" />
        <div className="mt-8 h-72 rounded-xl bg-slate-100" />
        <div className="mt-10 h-6 w-40 rounded bg-slate-200" />
        <div className="mt-4 h-20 rounded-xl bg-slate-100" />
      </div>
    </div>
  );
}
