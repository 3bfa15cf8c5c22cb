import { Spinner } from "@/app/_components/spinner";

/**
 * The start page's loading state, as a Suspense fallback inside the page rather than loading.tsx:
 * a loading.tsx here would also wrap /practice/[id], whose layout must answer 404 before streaming.
 */
export default function PracticeLoading() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 lg:py-14">
      <p role="status" className="flex items-center gap-2 text-slate-700">
        <Spinner /> Loading…
      </p>
      <div aria-hidden="true" className="mt-6 space-y-4">
        <div className="h-9 w-2/3 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none" />
        <div className="h-5 w-1/2 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
        <div className="grid gap-3 sm:grid-cols-2">
          {[0, 1, 2, 3].map((item) => (
            <div key={item} className="h-24 animate-pulse rounded-xl bg-slate-100 motion-reduce:animate-none" />
          ))}
        </div>
      </div>
    </div>
  );
}
