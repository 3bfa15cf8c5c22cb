"use client";

import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
          <h1 className="text-3xl font-bold text-slate-900">Rehearse is having trouble</h1>
          <p className="mt-4 text-slate-700">Please reload the page in a moment.</p>
          <button type="button" onClick={reset} className="mt-8 rounded-lg bg-blue-800 px-5 py-3 font-semibold text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
