/**
 * Names for the codes the server writes into the admin console (#18): scoring providers, job queues
 * and audit-log target types are stored as identifiers ("builtin", "score-answer", "question"); the
 * admin catalog names each in the interface language. A code the catalog does not know yet (a queue
 * added later) is shown as written, so nothing disappears; server-words.test.ts checks every queue
 * the worker registers and every provider the scorer writes has its name.
 */
import type { TMessages } from "@/server/i18n/messages";

type TSystem = TMessages["admin"]["system"];
type TAudit = TMessages["admin"]["audit"];

/** A translator over the "admin" namespace (useTranslations("admin") or getTranslations("admin")). */
interface TAdminTranslator {
  (key: `system.providers.${keyof TSystem["providers"] & string}` | `system.queueNames.${keyof TSystem["queueNames"] & string}` | `audit.targets.${keyof TAudit["targets"] & string}`): string;
  has(key: string): boolean;
}

function named(t: TAdminTranslator, section: "system.providers" | "system.queueNames" | "audit.targets", code: string): string {
  const key = `${section}.${code}`;
  return /^[\w-]+$/.test(code) && t.has(key) ? t(key as Parameters<TAdminTranslator>[0]) : code;
}

export const providerName = (t: TAdminTranslator, provider: string) => named(t, "system.providers", provider);
export const queueName = (t: TAdminTranslator, queue: string) => named(t, "system.queueNames", queue);
export const targetTypeName = (t: TAdminTranslator, targetType: string) => named(t, "audit.targets", targetType);
