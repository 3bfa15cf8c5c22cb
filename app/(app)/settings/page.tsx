import { getTranslations } from "next-intl/server";
import { requireUser } from "@/app/_components/current-user";
import { BillingSection } from "./billing-section";
import { ConnectedAccountsSection } from "./connected-accounts-section";
import { DangerZoneSection } from "./danger-zone-section";
import { DataSection } from "./data-section";
import { EmailSection } from "./email-section";
import { LanguageSection } from "./language-section";
import { PasswordSection } from "./password-section";
import { ProfileSection } from "./profile-section";
import { SessionsSection } from "./sessions-section";
import { SettingsSection } from "./settings-section";
import { firstParam, type TSearchParams } from "@/app/_components/search-params";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("settings.title");

const SECTIONS = ["profile", "language", "email", "billing", "password", "connected-accounts", "sessions", "data", "danger-zone"] as const;

export default async function SettingsPage({ searchParams }: { searchParams: TSearchParams }) {
  const params = await searchParams;
  // serverCaller() → auth.session(), shared with the header for this request.
  const [user, t] = await Promise.all([requireUser("/settings"), getTranslations("settings")]);

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 lg:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("lead")}</p>
      <div className="mt-8 lg:grid lg:grid-cols-[12rem_1fr] lg:gap-10">
        <nav aria-label={t("sectionsLabel")} className="mb-8 lg:mb-0">
          <ul className="flex flex-wrap gap-2 text-sm lg:sticky lg:top-6 lg:flex-col lg:gap-1">
            {SECTIONS.map((section) => (
              <li key={section}>
                <a
                  href={`#${section}`}
                  className="block rounded-md px-3 py-1.5 font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100 hover:text-slate-900 lg:ring-0"
                >
                  {t(`sections.${section}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-8">
          <SettingsSection id="profile" title={t("sections.profile")} description={t("descriptions.profile")}>
            <ProfileSection user={user} />
          </SettingsSection>
          <SettingsSection id="language" title={t("sections.language")} description={t("descriptions.language")}>
            <LanguageSection saved={user.preferences.language} />
          </SettingsSection>
          <SettingsSection id="email" title={t("sections.email")} description={t("descriptions.email")}>
            <EmailSection email={user.email} verified={user.emailVerified} />
          </SettingsSection>
          <SettingsSection id="billing" title={t("sections.billing")} description={t("descriptions.billing")}>
            <BillingSection />
          </SettingsSection>
          <SettingsSection id="password" title={t("sections.password")}>
            <PasswordSection name={user.name} email={user.email} />
          </SettingsSection>
          <SettingsSection id="connected-accounts" title={t("sections.connected-accounts")} description={t("descriptions.connected-accounts")}>
            <ConnectedAccountsSection linkError={firstParam(params.linkError) ?? null} linked={firstParam(params.linked) ?? null} />
          </SettingsSection>
          <SettingsSection id="sessions" title={t("sections.sessions")}>
            <SessionsSection />
          </SettingsSection>
          <SettingsSection id="data" title={t("sections.data")}>
            <DataSection />
          </SettingsSection>
          <SettingsSection id="danger-zone" title={t("sections.danger-zone")} tone="danger">
            <DangerZoneSection email={user.email} />
          </SettingsSection>
        </div>
      </div>
    </div>
  );
}
