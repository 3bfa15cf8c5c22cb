import { describe, expect, it } from "vitest";
import { startSmtpServer, type ReceivedMessage } from "@/test/helpers/smtp-server";
import { createTransport } from "nodemailer";
import { deliveryDelays } from "./faults-signup";

const message = (to: string[], receivedAt: number): ReceivedMessage => ({ from: "no-reply@rehearse.local", to, raw: "", receivedAt });

describe("matching sink messages to sign-ups", () => {
  it("times each acknowledged address to its first message, case-insensitively, and lists the missing", () => {
    const acknowledged = new Map([
      ["a@bench.test", 1_000],
      ["b@bench.test", 1_000],
      ["c@bench.test", 1_000],
    ]);
    const { delays, missing } = deliveryDelays(acknowledged, [message(["A@Bench.test"], 3_000), message(["a@bench.test"], 2_000), message(["b@bench.test"], 4_500)]);
    expect(delays.sort()).toEqual([1_000, 3_500]);
    expect(missing).toEqual(["c@bench.test"]);
  });

  it("counts a message that beat the 202 to the client as 0, not negative", () => {
    expect(deliveryDelays(new Map([["a@bench.test", 5_000]]), [message(["a@bench.test"], 4_990)]).delays).toEqual([0]);
  });

  it("reads the envelope recipient and acceptance time from the real SMTP sink", async () => {
    const sink = await startSmtpServer();
    try {
      const before = Date.now();
      const transport = createTransport({ url: sink.url });
      await transport.sendMail({ from: "no-reply@rehearse.local", to: "Someone@Bench.test", subject: "Verify", text: "link" });
      transport.close();
      const { delays, missing } = deliveryDelays(new Map([["someone@bench.test", before]]), sink.messages);
      expect(missing).toEqual([]);
      expect(delays[0]).toBeGreaterThanOrEqual(0);
      expect(delays[0]).toBeLessThan(5_000);
    } finally {
      await sink.close();
    }
  });
});
