import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_components/current-user";
import { BillingSection } from "./billing-section";
import { ConnectedAccountsSection } from "./connected-accounts-section";
import { DangerZoneSection } from "./danger-zone-section";
import { DataSection } from "./data-section";
import { EmailSection } from "./email-section";
import { PasswordSection } from "./password-section";
import { ProfileSection } from "./profile-section";
import { SessionsSection } from "./sessions-section";
import { SettingsSection } from "./settings-section";
import { firstParam, type TSearchParams } from "@/app/_components/search-params";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS = [
  { id: "profile", label: "Profile" },
  { id: "email", label: "Email" },
  { id: "billing", label: "Billing" },
  { id: "password", label: "Password" },
  { id: "connected-accounts", label: "Connected accounts" },
  { id: "sessions", label: "Sessions" },
  { id: "data", label: "Your data" },
  { id: "danger-zone", label: "Danger zone" },
] as const;

export default async function SettingsPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  // serverCaller() → auth.session(), shared with the header for this request.
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/settings");

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 lg:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Settings</h1>
      <p className="mt-2 text-slate-700">Your profile, sign-in details and data.</p>
      <div className="mt-8 lg:grid lg:grid-cols-[12rem_1fr] lg:gap-10">
        <nav aria-label="Settings sections" className="mb-8 lg:mb-0">
          <ul className="flex flex-wrap gap-2 text-sm lg:sticky lg:top-6 lg:flex-col lg:gap-1">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a
                  href={`#${section.id}`}
                  className="block rounded-md px-3 py-1.5 font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100 hover:text-slate-900 lg:ring-0"
                >
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-8">
          <SettingsSection id="profile" title="Profile" description="How we address you, and what to practise by default.">
            <ProfileSection user={user} />
          </SettingsSection>
          <SettingsSection id="email" title="Email" description="Where we send sign-in links and notifications.">
            <EmailSection email={user.email} verified={user.emailVerified} />
          </SettingsSection>
          <SettingsSection id="billing" title="Billing" description="Your plan, payments and interview quota.">
            <BillingSection />
          </SettingsSection>
          <SettingsSection id="password" title="Password">
            <PasswordSection name={user.name} email={user.email} />
          </SettingsSection>
          <SettingsSection id="connected-accounts" title="Connected accounts" description="Other ways to sign in to this account.">
            <ConnectedAccountsSection linkError={firstParam(params.linkError) ?? null} linked={firstParam(params.linked) ?? null} />
          </SettingsSection>
          <SettingsSection id="sessions" title="Sessions">
            <SessionsSection />
          </SettingsSection>
          <SettingsSection id="data" title="Your data">
            <DataSection />
          </SettingsSection>
          <SettingsSection id="danger-zone" title="Danger zone" tone="danger">
            <DangerZoneSection email={user.email} />
          </SettingsSection>
        </div>
      </div>
    </div>
  );
}
