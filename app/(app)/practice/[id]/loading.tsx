import { Spinner } from "@/app/_components/spinner";

export default function InterviewLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-10">
      <p role="status" className="flex items-center gap-2 text-slate-700">
        <Spinner /> Loading your interview…
      </p>
      <div aria-hidden="true" className="mt-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-10">
        <div className="mb-6 flex gap-2 lg:flex-col">
          {[0, 1, 2].map((item) => (
            <div key={item} className="h-10 w-10 animate-pulse rounded-full bg-slate-100 motion-reduce:animate-none lg:w-full lg:rounded-lg" />
          ))}
        </div>
        <div className="space-y-4">
          <div className="h-4 w-32 animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
          <div className="h-8 w-3/4 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none" />
          <div className="h-56 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none" />
        </div>
      </div>
    </div>
  );
}
