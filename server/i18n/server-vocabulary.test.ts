/**
 * Codes the server writes and pages name from the catalogs (#18): plan names (common.plans), job
 * queues, scoring providers and audit-log target types (admin.*). Each list is derived from where
 * the code is declared, so a new plan, queue or audited target fails here until it has its words.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { oneInterviewLeftEmail, planNameIn } from "@/server/billing/billing-emails";
import { PLAN_NAME_KEYS, planIdOf } from "@/server/contracts/vocabulary/plan-names";
import { PLAN_IDS, PLANS } from "@/server/contracts/vocabulary/plans";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import { QUEUES } from "@/server/jobs/queue-registry";
import { loadMessages } from "./messages";

describe("plan names", () => {
  it("the English catalog repeats PLANS' names, and every language names every plan", () => {
    for (const id of PLAN_IDS) {
      expect(PLAN_NAME_KEYS[id]).toBe(`plans.${id}`);
      expect(loadMessages("en").common.plans[id]).toBe(PLANS[id].name);
      for (const locale of LANGUAGES) expect(loadMessages(locale).common.plans[id], `${locale} ${id}`).toMatch(/\S/);
    }
  });

  it("Free is translated; Pro and Premium stay brand names", () => {
    expect(loadMessages("ru").common.plans).toEqual({ free: "Бесплатный", pro: "Pro", premium: "Premium" });
    expect(loadMessages("ko").common.plans).toEqual({ free: "무료", pro: "Pro", premium: "Premium" });
  });

  it("planIdOf reads an id or the English name the server writes, and nothing else", () => {
    expect(planIdOf("free")).toBe("free");
    expect(planIdOf("Premium")).toBe("premium");
    expect(planIdOf("Plus")).toBeNull();
    expect(planIdOf(null)).toBeNull();
  });

  it("billing emails name the plan in the recipient's language", () => {
    expect(planNameIn("Free", "ru")).toBe("Бесплатный");
    expect(planNameIn("Free", "ko")).toBe("무료");
    expect(planNameIn("Pro", "ru")).toBe("Pro");
    expect(planNameIn("Plus", "ko")).toBe("Plus");
    const email = (locale: "ru" | "ko") =>
      oneInterviewLeftEmail({ name: "Ада", locale, planName: PLANS.free.name, limit: 2, windowDays: 7, resetsAt: null, upgradeLink: null, dashboardLink: "https://x.test/dashboard" }).text;
    expect(email("ru")).toContain("Тариф «Бесплатный»");
    expect(email("ru")).not.toContain("Free");
    expect(email("ko")).toContain("무료 요금제");
  });
});

/** Every `targetType: "…"` an audit() call in server/ writes. */
function auditedTargetTypes(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.ts$/.test(entry.name) && !entry.name.includes(".test.")) {
        for (const match of fs.readFileSync(file, "utf8").matchAll(/targetType: "([a-z_]+)"/g)) found.add(match[1]!);
      }
    }
  };
  walk(path.resolve("server"));
  return [...found].sort();
}

describe("admin console words for server codes", () => {
  it.each(LANGUAGES)("%s names every job queue the worker registers", (locale) => {
    expect(Object.keys(loadMessages(locale).admin.system.queueNames).sort()).toEqual(Object.keys(QUEUES).sort());
  });

  it.each(LANGUAGES)("%s names every scoring provider a score can carry", (locale) => {
    // builtin and openai from server/scoring/service/engine.ts, manual from a reviewer's score (server/admin/flagged.ts).
    expect(Object.keys(loadMessages(locale).admin.system.providers).sort()).toEqual(["builtin", "manual", "openai"]);
  });

  it.each(LANGUAGES)("%s names every audit-log target type the server writes", (locale) => {
    const types = auditedTargetTypes();
    expect(types.length).toBeGreaterThan(3);
    expect(Object.keys(loadMessages(locale).admin.audit.targets).sort()).toEqual(expect.arrayContaining(types));
  });
});
