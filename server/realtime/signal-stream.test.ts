/** The dev mailbox's live refresh: a captured email's commit pushes a "mail" event to the open page's stream. */
import { afterAll, describe, expect, it } from "vitest";
import { queueEmail } from "@/server/mail/send-email";
import { connectTestDb } from "@/test/helpers/db";
import { realtimeKey } from "./events";
import { isRealtimeHealthy, stopRealtime } from "./hub";
import { signalStreamResponse } from "./signal-stream";

const db = connectTestDb();
afterAll(() => stopRealtime());

describe("signalStreamResponse", () => {
  it("sends a mail event when an email is captured for the dev mailbox", async () => {
    const abort = new AbortController();
    const response = signalStreamResponse(realtimeKey.mail(), "mail", { signal: abort.signal });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    // One read in flight at a time, kept across timeouts, so no chunk is dropped.
    let read = reader.read();
    const readUntil = async (needle: string, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!text.includes(needle)) {
        if (Date.now() > deadline) throw new Error(`no ${JSON.stringify(needle)} in ${JSON.stringify(text)}`);
        const chunk = await Promise.race([read, new Promise<null>((resolve) => setTimeout(() => resolve(null), 200))]);
        if (!chunk) continue;
        read = reader.read();
        if (!chunk.done) text += decoder.decode(chunk.value);
      }
    };
    const started = Date.now();
    while (!isRealtimeHealthy()) {
      if (Date.now() - started > 15_000) throw new Error("listener never became healthy");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    text = "";
    await queueEmail(db, { to: "live@example.test", subject: "Hi", text: "Hello", html: "<p>Hello</p>" }, { smtpConfigured: false });
    await readUntil("event: mail", 3_000);
    abort.abort();
  });
});
