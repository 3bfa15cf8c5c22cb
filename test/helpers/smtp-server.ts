/** A real SMTP server for tests, and just enough MIME decoding to read what nodemailer sent to it. */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMessage {
  from: string | undefined;
  to: string[];
  raw: string;
  /** Date.now() when the server accepted the message (bench:faults times delivery with it). */
  receivedAt: number;
}

export interface TestSmtpServer {
  url: string;
  messages: ReceivedMessage[];
  close(): Promise<void>;
}

/** Listens on a free port: plain text, no auth, optionally refusing every recipient. */
export async function startSmtpServer(options: { rejectRecipients?: boolean } = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!options.rejectRecipients) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
        messages.push({ from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString("utf8"), receivedAt: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * nodemailer sends long lines quoted-printable (`=` becomes `=3D`, long lines end in soft breaks).
 * Bytes above 127 come out as single Latin-1 characters, which is fine for finding links and headers.
 */
export function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function qpToUtf8(body: string): string {
  return Buffer.from(decodeQuotedPrintable(body), "latin1").toString("utf8");
}

/** "=?UTF-8?B?…?=" and "=?UTF-8?Q?…?=" encoded words of a header, decoded and joined. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_match, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : qpToUtf8(data.replaceAll("_", " ")),
    );
}

/** The subject and the text/plain part of a message nodemailer sent (base64 or quoted-printable), as UTF-8. */
export function readMessage(raw: string): { subject: string; text: string } {
  const unfolded = raw.replace(/\r\n/g, "\n");
  const subject = decodeHeader(/^Subject: (.*(?:\n[ \t].*)*)/m.exec(unfolded)?.[1]?.replace(/\n[ \t]+/g, " ") ?? "");
  const part = /Content-Type: text\/plain[^\n]*\n(?:[^\n]+\n)*?Content-Transfer-Encoding: (\S+)\n(?:[^\n]+\n)*\n([\s\S]*?)\n--/i.exec(unfolded);
  if (!part) throw new Error("no text/plain part in the message");
  const [, encoding, body] = part;
  const text = encoding?.toLowerCase() === "base64" ? Buffer.from(body!.replace(/\s+/g, ""), "base64").toString("utf8") : qpToUtf8(body!);
  return { subject, text };
}
