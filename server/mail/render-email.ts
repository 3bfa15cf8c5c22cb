/**
 * One structure renders both versions of an email, so the plain-text part (read by text-only clients,
 * spam filters and the dev mailbox) always says what the HTML says. The greeting, the button's
 * fallback line and the signature come from the recipient's language.
 */
import { DEFAULT_LANGUAGE, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { emailTranslator, type TEmailTranslator } from "./email-translator";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailAction {
  label: string;
  /** Absolute http(s) URL. */
  link: string;
}

export interface EmailContent {
  /** Shown as "Hi {name},"; an empty name gives "Hi,". */
  name?: string;
  paragraphs: string[];
  action?: EmailAction;
  /** Smaller text under the action: how long a link works, what to do if this was not you. */
  finePrint?: string[];
}

const BRAND = "#1f3fb0";
const MUTED = "#475569";
const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A link in an email must be a web address: anything else (javascript:, data:) would be a hole. */
function assertWebLink(link: string): void {
  const protocol = URL.canParse(link) ? new URL(link).protocol : "";
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`Email links must be absolute http(s) URLs`);
}

/** Subjects are one line: a newline from user input must not reach a mail header. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * Something a spammer puts in a name, not a person's name: a web address (scheme, www., a domain
 * such as "win.example.com" or with a full-width dot), an email address, or a phone number.
 */
const NOT_A_NAME = /[a-z][a-z\d+.-]*:\/\/|www\.|@|[\p{L}\p{N}-][.。．｡](?:[a-z]{2,63}|xn--)(?![\p{L}\p{N}])|(?:\d[\s().-]*){6}/iu;

/**
 * "Hi {name}," only for a name that is a name. Anyone can sign up with someone else's email address
 * and any name, and the verification email then goes to that address: a name holding a link or a
 * phone number would be spam sent from our domain. Such a name is left out ("Hi,").
 */
export function greetingName(name: string | undefined): string {
  const trimmed = oneLine(name ?? "");
  return NOT_A_NAME.test(trimmed) ? "" : trimmed;
}

function greeting(t: TEmailTranslator, name: string | undefined): string {
  const shown = greetingName(name);
  return shown ? t("layout.greeting", { name: shown }) : t("layout.greetingNoName");
}

function renderText(t: TEmailTranslator, content: EmailContent): string {
  const blocks = [greeting(t, content.name), ...content.paragraphs];
  if (content.action) blocks.push(`${content.action.label}: ${content.action.link}`);
  blocks.push(...(content.finePrint ?? []), t("layout.signature"));
  return `${blocks.join("\n\n")}\n`;
}

function paragraph(text: string, style = ""): string {
  return `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
}

function renderHtml(t: TEmailTranslator, locale: TLanguage, subject: string, content: EmailContent): string {
  const parts = [greeting(t, content.name), ...content.paragraphs].map((text) => paragraph(text));
  if (content.action) {
    const href = escapeHtml(content.action.link);
    parts.push(
      `<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;background:${BRAND};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:8px;">${escapeHtml(content.action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:14px;color:${MUTED};">${escapeHtml(t("layout.buttonFallback"))}<br><a href="${href}" style="color:${BRAND};word-break:break-all;">${href}</a></p>`,
    );
  }
  parts.push(...(content.finePrint ?? []).map((text) => paragraph(text, `font-size:14px;color:${MUTED};`)));
  parts.push(paragraph(t("layout.signature"), `color:${MUTED};`));
  return [
    `<!doctype html>`,
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f1f5f9;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;padding:24px 12px;"><tr><td align="center">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;"><tr><td style="padding:32px;font-family:${FONT};font-size:16px;line-height:1.5;color:#0f172a;">`,
    `<p style="margin:0 0 24px;font-size:18px;font-weight:700;color:${BRAND};">Rehearse</p>`,
    ...parts,
    `</td></tr></table>`,
    `</td></tr></table>`,
    `</body></html>`,
  ].join("\n");
}

/** `locale`: the recipient's language (their saved preference); the content is already in it. */
export function renderEmail(subject: string, content: EmailContent, preferred?: TLanguage | null): RenderedEmail {
  const locale = preferred ?? DEFAULT_LANGUAGE;
  if (content.action) assertWebLink(content.action.link);
  const cleanSubject = oneLine(subject);
  const t = emailTranslator(locale);
  return { subject: cleanSubject, text: renderText(t, content), html: renderHtml(t, locale, cleanSubject, content) };
}
