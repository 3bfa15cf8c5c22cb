import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "@/db/seed/questions";
import { auditLog, users } from "@/db/schema";
import { asSessionUser, callerFor, errorOf, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";

const db = connectTestDb();

async function adminCaller() {
  const admin = await verifiedTestUser(db, "fu-admin");
  await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.user.id));
  return callerFor(db, { user: { ...asSessionUser(admin.user), role: "admin" } }).caller;
}

function newQuestion(followUps: Array<{ text: string; dimension: string }>) {
  return {
    slug: `code-fu-${randomUUID().slice(0, 8)}`,
    track: "coding" as const,
    level: "junior" as const,
    text: "Reverse the words of a sentence in place.",
    tags: ["strings"],
    difficulty: 2,
    keyPoints: ["reverse the whole string, then each word"],
    sampleAnswer: "Reverse all characters, then reverse each word back.",
    active: true,
    followUps,
  };
}

const GOOD = [
  { text: "What is the extra space of your solution, and why?", dimension: "complexity" },
  { text: "What does your code do with several spaces between words?", dimension: "code_quality" },
];

describe("admin: question follow-ups", () => {
  it("lists the seeded follow-ups, exports them, and creates and edits follow-ups with their dimensions", async () => {
    const caller = await adminCaller();
    const seeded = SEED_QUESTIONS[0]!;
    const found = await caller.admin.questions({ query: seeded.slug, limit: 5 });
    expect(found.questions.find((q) => q.slug === seeded.slug)?.followUps).toEqual(seeded.followUps);

    const created = await caller.admin.createQuestion(newQuestion(GOOD));
    expect(created.followUps).toEqual(GOOD);
    const edited = [{ ...GOOD[0]!, text: "  How much extra memory do you use?  " }];
    const updated = await caller.admin.updateQuestion({ id: created.id, changes: { followUps: edited } });
    expect(updated.followUps).toEqual([{ text: "How much extra memory do you use?", dimension: "complexity" }]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.id), eq(auditLog.action, "question.update")))
      .orderBy(desc(auditLog.createdAt))
      .limit(1);
    expect(entry?.before).toMatchObject({ followUps: GOOD });

    const exported = await caller.admin.exportQuestions();
    expect(exported.find((q) => q.slug === created.slug)?.followUps).toEqual(updated.followUps);
    // An item without followUps (an export from before they existed) keeps the ones stored.
    const { followUps: _ignored, ...withoutFollowUps } = exported.find((q) => q.slug === created.slug)!;
    await caller.admin.importQuestions({ questions: [{ ...withoutFollowUps, difficulty: 3 }] });
    expect((await caller.admin.exportQuestions()).find((q) => q.slug === created.slug)).toMatchObject({ difficulty: 3, followUps: updated.followUps });
  });

  it("refuses a dimension outside the track's rubric, duplicates and more than four, naming the field", async () => {
    const caller = await adminCaller();
    const wrongDimension = await errorOf(caller.admin.createQuestion(newQuestion([GOOD[0]!, { text: "How did the team react to it?", dimension: "reflection" }])));
    expect(wrongDimension.code).toBe("VALIDATION_ERROR");
    expect(wrongDimension.message).toContain('"reflection" is not a dimension');
    expect(wrongDimension.details).toMatchObject({ fields: { "followUps.1.dimension": expect.any(String) } });

    const duplicate = await errorOf(caller.admin.createQuestion(newQuestion([GOOD[0]!, { ...GOOD[0]!, text: GOOD[0]!.text.toUpperCase() }])));
    expect(duplicate.code).toBe("VALIDATION_ERROR");
    expect(JSON.stringify(duplicate.details)).toContain("followUps.1.text");

    const five = Array.from({ length: 5 }, (_, i) => ({ text: `Follow-up number ${i + 1} about the approach?`, dimension: "approach" }));
    expect((await errorOf(caller.admin.createQuestion(newQuestion(five)))).code).toBe("VALIDATION_ERROR");

    // Moving a question to another track keeps its follow-ups only if they fit the new rubric.
    const created = await caller.admin.createQuestion(newQuestion(GOOD));
    const moved = await errorOf(caller.admin.updateQuestion({ id: created.id, changes: { track: "behavioral" } }));
    expect(moved.code).toBe("VALIDATION_ERROR");
    expect(moved.details).toMatchObject({ fields: { "followUps.0.dimension": expect.any(String) } });

    const badImport = await errorOf(caller.admin.importQuestions({ questions: [newQuestion([{ text: "What would you measure first?", dimension: "metrics" }])] }));
    expect(badImport.code).toBe("VALIDATION_ERROR");
    expect(badImport.message).toMatch(/^Item 0: /);
  });
});
