import type { ReactNode } from "react";
import { AreaMessages } from "@/app/_components/area-messages";

/** Sign-up, sign-in and the email-link pages: one centred card on a light brand wash; the "auth" area's namespaces reach the browser here. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-full justify-center bg-gradient-to-b from-brand-50 to-white px-4 py-10 sm:py-16">
      <div className="w-full max-w-md">
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <AreaMessages area="auth">{children}</AreaMessages>
        </div>
      </div>
    </div>
  );
}
