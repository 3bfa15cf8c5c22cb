/**
 * The business domain of a job, from the whole description: a few common industries with their
 * words in English and Russian. The two most mentioned make one "domain" requirement.
 */
import { compileTerms } from "./term-match";

interface TDomain {
  en: string;
  ru: string;
  pattern: RegExp;
}

function domain(en: string, ru: string, terms: string[]): TDomain {
  return { en, ru, pattern: new RegExp(compileTerms(terms).source, "giu") };
}

const DOMAINS: readonly TDomain[] = [
  domain("fintech, payments", "финтех, платежи", ["fintech", "payment*", "payout*", "banking", "bank", "card acquiring", "invoic*", "финтех", "платеж*", "банк*"]),
  domain("insurance", "страхование", ["insurance", "insurtech", "страхов*"]),
  domain("healthcare", "медицина", ["health", "healthcare", "clinic*", "hospital*", "patient*", "medical", "медицин*", "клиник*"]),
  domain("fitness, consumer apps", "фитнес, потребительские приложения", ["fitness", "consumer", "b2c", "workout*"]),
  domain("logistics, delivery", "логистика, доставка", ["logistics", "parcel*", "delivery", "deliveries", "supply chain", "shipping", "grocery", "логистик*", "доставк*"]),
  domain("e-commerce, marketplace", "e-commerce, маркетплейс", ["e-commerce", "ecommerce", "marketplace", "online shop*", "retail", "groceries", "маркетплейс*", "интернет-магазин*"]),
  domain("travel", "путешествия", ["travel*", "holiday package*", "booking", "hotel*", "путешеств*", "туризм"]),
  domain("education", "образование", ["education*", "edtech", "language learn*", "learners", "students", "образован*"]),
  domain("ride-hailing, mobility", "такси, мобильность", ["ride-hailing", "rideshar*", "riders", "drivers", "mobility", "такси"]),
  domain("marketing, analytics", "маркетинг, аналитика", ["marketing team*", "advertis*", "adtech", "реклам*"]),
  domain("gaming", "игры", ["gaming", "game*", "игр*"]),
];

/** "Domain: fintech, payments" (or Russian), or null when the description names no known domain. */
export function detectDomain(description: string, russian: boolean): string | null {
  const counts = DOMAINS.map((entry) => ({ entry, count: description.match(entry.pattern)?.length ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  if (counts.length === 0) return null;
  const top = counts.slice(0, counts[1] && counts[1].count >= 2 ? 2 : 1).map((row) => (russian ? row.entry.ru : row.entry.en));
  return `${russian ? "Домен" : "Domain"}: ${top.join("; ")}`;
}
