import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© {new Date().getFullYear()} Rehearse. Practise the interview before the interview.</p>
        <ul className="flex gap-4">
          <li>
            <Link className="hover:text-slate-900 hover:underline" href="/docs">
              API reference
            </Link>
          </li>
          <li>
            <Link className="hover:text-slate-900 hover:underline" href="/api/health">
              Status
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
