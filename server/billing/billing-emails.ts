/**
 * The billing emails, composed with the shared notification template in the recipient's language
 * (words in server/i18n/messages/<locale>/email.json; plan names from common.plans, where "Pro" and
 * "Premium" are brand names and stay Latin while "Free" is translated: server/contracts/vocabulary/plan-names.ts).
 */
import { DEFAULT_LANGUAGE, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { PLAN_NAME_KEYS, planIdOf } from "@/server/contracts/vocabulary/plan-names";
import en from "@/server/i18n/messages/en/common.json";
import ko from "@/server/i18n/messages/ko/common.json";
import ru from "@/server/i18n/messages/ru/common.json";
import { emailTranslator } from "@/server/mail/email-translator";
import { notificationEmail, type RenderedEmail } from "@/server/mail/templates";

/** `locale` formats the amount the way the recipient writes money ("12,00 $" in Russian). */
export function formatMoney(amountCents: number, currency: string, locale?: TLanguage | null): string {
  return new Intl.NumberFormat(locale ?? "en-US", { style: "currency", currency: currency.toUpperCase() }).format(amountCents / 100);
}

const PLAN_NAMES: Record<TLanguage, typeof en.plans> = { en: en.plans, ru: ru.plans, ko: ko.plans };

/** A plan's name (the English one the billing code passes, or an id) in the recipient's language; an unknown name as given. */
export function planNameIn(name: string, locale?: TLanguage | null): string {
  const id = planIdOf(name);
  return id ? PLAN_NAMES[locale ?? DEFAULT_LANGUAGE][PLAN_NAME_KEYS[id].slice("plans.".length) as keyof typeof en.plans] : name;
}

export function paymentFailedEmail(input: { name: string; amount: string | null; planName: string | null; link: string; locale?: TLanguage | null }): RenderedEmail {
  const t = emailTranslator(input.locale);
  return notificationEmail({
    locale: input.locale,
    name: input.name,
    subject: t("paymentFailed.subject"),
    paragraphs: [t("paymentFailed.body", { amount: input.amount ?? "none", plan: input.planName === null ? "none" : planNameIn(input.planName, input.locale) }), t("paymentFailed.keep")],
    action: { label: t("paymentFailed.action"), link: input.link },
  });
}

/**
 * `upgradeLink`: the pricing page when paid plans can be bought; null when billing is not configured,
 * and then the email points to the dashboard instead of pushing an upgrade nobody can make.
 */
export function oneInterviewLeftEmail(input: {
  name: string;
  planName: string;
  limit: number;
  windowDays: number;
  resetsAt: string | null;
  upgradeLink: string | null;
  dashboardLink: string;
  locale?: TLanguage | null;
}): RenderedEmail {
  const t = emailTranslator(input.locale);
  const body = t("oneInterviewLeft.body", { plan: planNameIn(input.planName, input.locale), limit: input.limit, days: input.windowDays });
  const reset = input.resetsAt ? ` ${t("oneInterviewLeft.resets", { resetsAt: new Date(input.resetsAt) })}` : "";
  return notificationEmail({
    locale: input.locale,
    name: input.name,
    subject: t("oneInterviewLeft.subject"),
    paragraphs: [`${body}${reset}`, input.upgradeLink ? t("oneInterviewLeft.upgrade") : t("oneInterviewLeft.wait", { days: input.windowDays })],
    action: input.upgradeLink
      ? { label: t("oneInterviewLeft.plansAction"), link: input.upgradeLink }
      : { label: t("oneInterviewLeft.dashboardAction"), link: input.dashboardLink },
  });
}

/** Two subscriptions reached Stripe at once (two checkouts paid): we kept one and cancelled the other. */
export function duplicateSubscriptionCanceledEmail(input: {
  name: string;
  keptPlanName: string;
  canceledPlanName: string;
  link: string;
  locale?: TLanguage | null;
}): RenderedEmail {
  const t = emailTranslator(input.locale);
  const names = { kept: planNameIn(input.keptPlanName, input.locale), canceled: planNameIn(input.canceledPlanName, input.locale) };
  const body = input.keptPlanName === input.canceledPlanName ? t("duplicateSubscription.bodySame", names) : t("duplicateSubscription.bodyDifferent", names);
  return notificationEmail({
    locale: input.locale,
    name: input.name,
    subject: t("duplicateSubscription.subject"),
    paragraphs: [body, t("duplicateSubscription.credit"), t("duplicateSubscription.switch")],
    action: { label: t("duplicateSubscription.action"), link: input.link },
  });
}
