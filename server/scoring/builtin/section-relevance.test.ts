/**
 * Section-by-section relevance, on a question and answers written for this test: an answer that
 * borrows the question's words in its opening and then spends its content on another subject keeps
 * little of its relevance, while an answer that keeps returning to what was asked keeps all of it.
 */
import { describe, expect, it } from "vitest";
import { acronymStems } from "@/server/scoring/builtin/acronyms";
import { extractFeatures } from "@/server/scoring/builtin/features";
import { checkAnswer } from "@/server/scoring/builtin/flags";
import { sectionShare } from "@/server/scoring/builtin/section-relevance";
import { stem } from "@/server/scoring/builtin/stem";
import { isStopWord, tokenize } from "@/server/scoring/builtin/text";
import { matchTopic, topicTerms } from "@/server/scoring/builtin/topic";

const QUESTION = "How would you design the retry policy for a payment service whose calls to the card processor sometimes time out?";

const ON_TOPIC =
  "A timeout does not tell you whether the processor charged the card, so every retry must carry the same idempotency key and the processor must deduplicate on it. I'd retry at most three times with exponential backoff and jitter (200 ms, 800 ms, 3 s) so a struggling processor is not hammered. After the last retry the payment goes to a pending state and a reconciliation job asks the processor for the charge status by that key. A circuit breaker stops retries when more than 20% of processor calls time out in a minute.";

const BORROWED_OPENING =
  "Retries for the payment service matter, but the bigger risk is how card data is stored. I'd never keep raw card numbers: a PCI DSS compliant vault tokenises the PAN and the application stores only the token. Encryption keys live in an HSM and rotate yearly, with envelope encryption for backups. Access to the vault is logged to an append-only audit trail that security reviews monthly, and quarterly penetration tests cover the tokenisation endpoints.";

const stemsOf = (text: string): string[][] => extractFeatures(text, QUESTION).sentences.map((s) => tokenize(s.text).filter((t) => !isStopWord(t)).map(stem));

describe("section share", () => {
  const terms = topicTerms(QUESTION);

  it("is high when the answer keeps returning to the question's specific terms", () => {
    expect(sectionShare(terms, stemsOf(ON_TOPIC))).toBeGreaterThan(0.7);
  });

  it("is low when only the opening names the question and the rest is about something else", () => {
    const borrowed = sectionShare(terms, stemsOf(BORROWED_OPENING));
    expect(borrowed).toBeLessThan(0.5);
    expect(borrowed).toBeLessThan(sectionShare(terms, stemsOf(ON_TOPIC)) - 0.3);
  });

  it("is neutral when there is nothing specific to compare", () => {
    expect(sectionShare([], stemsOf(ON_TOPIC))).toBe(1);
    expect(sectionShare(terms, [])).toBe(1);
  });
});

describe("relevance reads the answer section by section", () => {
  it("lowers the relevance of an answer whose content sits away from the question", () => {
    const f = extractFeatures(BORROWED_OPENING, QUESTION);
    const topic = matchTopic({ text: QUESTION }, [...f.allContentStems, ...acronymStems(QUESTION, BORROWED_OPENING)], stemsOf(BORROWED_OPENING));
    const asIfThroughout = checkAnswer(f, { ...topic, sectionShare: 1 }, 40, false);
    const asMeasured = checkAnswer(f, topic, 40, false);
    expect(asMeasured.relevance).toBeLessThan(asIfThroughout.relevance);
  });

  it("leaves story questions to the situation match (stories are told in their own words)", () => {
    const f = extractFeatures(BORROWED_OPENING, QUESTION);
    const topic = matchTopic({ text: QUESTION }, f.allContentStems, stemsOf(BORROWED_OPENING));
    expect(checkAnswer(f, { ...topic, sectionShare: 0 }, 40, true).relevance).toBe(checkAnswer(f, { ...topic, sectionShare: 1 }, 40, true).relevance);
  });
});
