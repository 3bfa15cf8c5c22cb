/** The billing emails, composed with the shared notification template. */
import { notificationEmail, type RenderedEmail } from "@/server/mail/templates";

export function formatMoney(amountCents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(amountCents / 100);
}

export function paymentFailedEmail(input: { name: string; amount: string | null; planName: string | null; link: string }): RenderedEmail {
  const what = input.planName ? `your Rehearse ${input.planName} subscription` : "your Rehearse subscription";
  return notificationEmail({
    name: input.name,
    subject: "Your Rehearse payment failed",
    paragraphs: [
      `We could not collect ${input.amount ? `the payment of ${input.amount} ` : "the payment "}for ${what}. Stripe will try again over the next few days.`,
      "Update your card to keep your plan: your plan stays active until the end of the period you have already paid for.",
    ],
    action: { label: "Update payment method", link: input.link },
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
}): RenderedEmail {
  const reset = input.resetsAt ? ` Your quota frees up again from ${new Date(input.resetsAt).toUTCString()}.` : "";
  return notificationEmail({
    name: input.name,
    subject: "You have one Rehearse interview left",
    paragraphs: [
      `Your ${input.planName} plan includes ${input.limit} interviews per ${input.windowDays} days, and you have one left.${reset}`,
      input.upgradeLink
        ? "Need more practice before your interview? Upgrade for more interviews."
        : `Each interview frees up ${input.windowDays} days after you started it. Meanwhile, retrying answers and reviewing your feedback cost nothing.`,
    ],
    action: input.upgradeLink ? { label: "See plans", link: input.upgradeLink } : { label: "Open your dashboard", link: input.dashboardLink },
  });
}

/** Two subscriptions reached Stripe at once (two checkouts paid): we kept one and cancelled the other. */
export function duplicateSubscriptionCanceledEmail(input: { name: string; keptPlanName: string; canceledPlanName: string; link: string }): RenderedEmail {
  const same = input.keptPlanName === input.canceledPlanName;
  const which = same ? `a second ${input.canceledPlanName} subscription` : `a ${input.canceledPlanName} subscription next to your ${input.keptPlanName} one`;
  return notificationEmail({
    name: input.name,
    subject: "We cancelled a duplicate Rehearse subscription",
    paragraphs: [
      `Your account ended up with ${which}, most likely from two checkouts paid one after the other. You only need one, so we kept ${input.keptPlanName} and cancelled the other at once.`,
      "The unused time of the cancelled subscription is credited to your billing account and comes off your next invoices. Nothing changes in your Rehearse plan.",
      "To switch plans later, use “Manage billing” in your settings rather than a new checkout.",
    ],
    action: { label: "See your billing settings", link: input.link },
  });
}
