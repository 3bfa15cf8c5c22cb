import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { toAppError } from "@/server/errors";
import { asSessionUser, callerFor, verifiedTestUser } from "@/test/helpers/caller";
import { connectTestDb } from "@/test/helpers/db";
import { hasControlCharacters, withoutTextControls, zSafeLine, zSafeText } from "@/server/contracts/safe-string";

describe("the safe string schemas", () => {
  it("refuse NUL, C0/C1 controls and DEL in a line; keep ordinary and non-Latin text", () => {
    for (const bad of ["\u0000", "a\u0000b", "tab\there", "new\nline", "\r", "\u001b[2J", "\u007f", "\u0085", "\u009f"]) {
      expect(zSafeLine().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    for (const good of ["Ann O'Neil", "Zoë", "李雷", "مرحبا", "emoji 🎯", "", "a\u00a0b"]) expect(zSafeLine().safeParse(good).success, good).toBe(true);
  });

  it("keep newlines, carriage returns and tabs in multi-line text, and refuse the rest", () => {
    expect(zSafeText().safeParse("line one\r\nline two\n\tindented").success).toBe(true);
    for (const bad of ["\u0000", "a\u0000b", "bell\u0007", "\u000b", "\u000c", "\u007f", "\u0085"]) {
      expect(zSafeText().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(hasControlCharacters("a\nb", { multiline: true })).toBe(false);
    expect(hasControlCharacters("a\nb")).toBe(true);
  });

  it("refuse direction overrides in a line, and a value made only of invisible characters anywhere", () => {
    // "Bob\u202Egnp.exe" shows as "Bobexe.png".
    for (const bad of ["Bob\u202Egnp.exe", "a\u202Ab", "\u2066x\u2069"]) expect(zSafeLine().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    for (const bad of ["\u200B", "\u200B ", " \u200C\u200D ", "\uFEFF", "\u3164", "\u2060\n\u200B"]) {
      const line = zSafeLine().safeParse(bad);
      const text = zSafeText().safeParse(bad);
      expect(text.success, JSON.stringify(bad)).toBe(false);
      expect(text.error?.issues[0]?.message).toBe("This field holds only invisible characters; write something that can be read.");
      if (!bad.includes("\n")) expect(line.success, JSON.stringify(bad)).toBe(false);
    }
    // Invisible characters inside readable text are text: a joined emoji, a Persian word with a ZWNJ, a soft hyphen.
    for (const good of ["👩\u200D💻 dev", "می\u200Cخواهم", "co\u00ADoperate", "   ", ""]) {
      expect(zSafeLine().safeParse(good).success, JSON.stringify(good)).toBe(true);
      expect(zSafeText().safeParse(good).success, JSON.stringify(good)).toBe(true);
    }
    // Right-to-left writing itself is fine, in a line and in text; a direction override only in text.
    expect(zSafeLine().safeParse("مرحبا بالعالم").success).toBe(true);
    expect(zSafeText().safeParse("quoted \u202Bעברית\u202C here").success).toBe(true);
  });

  it("say what is wrong, before length rules, and chain like z.string()", () => {
    const result = zSafeLine().trim().min(3).max(5).safeParse("\u0000");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Remove the control characters (such as NUL or a text-direction override) from this field."]);
    expect(zSafeLine().trim().min(3).safeParse("  abc  ").data).toBe("abc");
  });
});

describe("procedures outside the REST API refuse control characters with a 400 naming the field", () => {
  const db = connectTestDb();

  async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    const appError = toAppError(error);
    expect(appError.code).toBe("VALIDATION_ERROR");
    return (appError.details?.fields ?? {}) as Record<string, string>;
  }

  it("support tickets and score disputes", async () => {
    const { caller } = await verifiedTestUser(db, "nul-support");
    expect(await fieldsOf(caller.support.create({ subject: "Help\u0000", message: "Hello" }))).toHaveProperty("subject");
    expect(await fieldsOf(caller.support.create({ subject: "Help me", message: "Hello\u0000" }))).toHaveProperty("message");
    const { id } = await caller.support.create({ subject: "Help me", message: "Multi-line\nis fine\tas is." });
    expect(await fieldsOf(caller.support.reply({ ticketId: id, message: "more\u0000" }))).toHaveProperty("message");
    expect(await fieldsOf(caller.support.disputeScore({ answerId: crypto.randomUUID(), reason: "wrong\u0000score" }))).toHaveProperty("reason");
  });

  it("admin inputs: question bank, search, notes", async () => {
    const { user } = await verifiedTestUser(db, "nul-admin");
    await db.update(users).set({ role: "admin" }).where(eq(users.id, user.id));
    const { caller } = callerFor(db, { user: { ...asSessionUser(user), role: "admin" } });
    expect(await fieldsOf(caller.admin.questions({ query: "a\u0000" }))).toHaveProperty("query");
    expect(await fieldsOf(caller.admin.users({ query: "\u0000" }))).toHaveProperty("query");
    expect(await fieldsOf(caller.admin.audit({ actorEmail: "\u0000" }))).toHaveProperty("actorEmail");
    expect(await fieldsOf(caller.admin.dismissFlag({ answerId: crypto.randomUUID(), note: "ok\u0000" }))).toHaveProperty("note");
    const question = {
      slug: "nul-question",
      track: "behavioral" as const,
      level: "mid" as const,
      text: "Tell me about a time\u0000 you failed.",
      tags: ["x"],
      difficulty: 2,
      keyPoints: ["own it"],
      sampleAnswer: "A sample answer that is long enough.",
    };
    expect(await fieldsOf(caller.admin.createQuestion(question))).toHaveProperty("text");
    expect(await fieldsOf(caller.admin.createQuestion({ ...question, text: "Tell me about a time you failed.", tags: ["a\u0000"] }))).toHaveProperty("tags.0");
  });
});

describe("withoutTextControls (what an answer box keeps of a paste)", () => {
  it("drops exactly what zSafeText refuses and keeps newlines, tabs, emoji and direction marks", () => {
    const pasted = "Line one\u0007\r\n\tLine two\u0000 with \u000Bvertical tab 🎯 \u200Fשלום\u009F";
    const kept = withoutTextControls(pasted);
    expect(kept).toBe("Line one\r\n\tLine two with vertical tab 🎯 \u200Fשלום");
    expect(zSafeText().safeParse(kept).success).toBe(true);
    expect(zSafeText().safeParse(pasted).success).toBe(false);
  });
});
