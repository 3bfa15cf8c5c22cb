import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { outboxEmails } from "@/db/schema";
import { extractLinks, listOutbox, splitLinks } from "./outbox";

const { sql: client, db } = createDb(process.env.DATABASE_URL!, { max: 2 });

afterAll(async () => {
  await client.end({ timeout: 5 });
});

describe("extractLinks", () => {
  it("finds every distinct http(s) link in order, without sentence punctuation", () => {
    const text = "Open https://a.example/verify-email?token=abc. Or (https://b.example/x), again https://a.example/verify-email?token=abc";
    expect(extractLinks(text)).toEqual(["https://a.example/verify-email?token=abc", "https://b.example/x"]);
  });

  it("finds links inside HTML attributes and ignores other schemes", () => {
    expect(extractLinks(`<a href="http://localhost:3000/reset-password?token=x_y-z">go</a> mailto:a@b.c`)).toEqual([
      "http://localhost:3000/reset-password?token=x_y-z",
    ]);
  });

  it("finds nothing in text without links", () => {
    expect(extractLinks("No links here.")).toEqual([]);
  });
});

describe("splitLinks", () => {
  it("cuts text into runs and links that join back into the text", () => {
    const text = "Confirm: https://x.example/v?token=1.\nThanks";
    const parts = splitLinks(text);
    expect(parts).toEqual([
      { kind: "text", value: "Confirm: " },
      { kind: "link", value: "https://x.example/v?token=1" },
      { kind: "text", value: ".\nThanks" },
    ]);
    expect(parts.map((part) => part.value).join("")).toBe(text);
  });
});

class RollBack extends Error {}

describe("listOutbox", () => {
  it("lists emails newest first, up to the limit", async () => {
    // In a transaction that rolls back: rows dated in the future must not reach other tests' outbox.
    const rolledBack = db.transaction(async (tx) => {
      const marker = crypto.randomUUID();
      const base = Date.UTC(2200, 0, 1); // later than anything other tests insert
      for (const [index, minutes] of [0, 2, 1].entries()) {
        await tx.insert(outboxEmails).values({
          to: `${marker}-${index}@example.com`,
          subject: `Email ${index}`,
          text: "text",
          html: "<p>html</p>",
          status: "captured",
          createdAt: new Date(base + minutes * 60_000),
        });
      }
      const listed = await listOutbox(tx, { limit: 2 });
      expect(listed.map((email) => email.to)).toEqual([`${marker}-1@example.com`, `${marker}-2@example.com`]);
      expect(listed[0]).toMatchObject({ subject: "Email 1", status: "captured", text: "text" });
      throw new RollBack();
    });
    await expect(rolledBack).rejects.toBeInstanceOf(RollBack);
  });
});
