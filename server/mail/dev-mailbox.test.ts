import { describe, expect, it } from "vitest";
import { peerHeaders } from "@/server/client-ip";
import { canOpenDevMailbox, isDevMailboxEnabled } from "./dev-mailbox";

/**
 * A request's headers as a page reads them: our server's peer headers, whatever a proxy added, and
 * the X-Forwarded-For Next.js adds to every request it renders (the socket's own address).
 */
function from(peer: string | null, forwarded: Record<string, string> = {}): Headers {
  return new Headers({ "x-forwarded-for": peer ?? "", ...forwarded, ...peerHeaders(peer ?? undefined, forwarded) });
}

const SMTP_URL = "smtp://mail.example.com:587";

describe("isDevMailboxEnabled", () => {
  it("is on in development and tests while no SMTP server is configured", () => {
    expect(isDevMailboxEnabled({ NODE_ENV: "development", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: false })).toBe(true);
    expect(isDevMailboxEnabled({ NODE_ENV: "test", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: false })).toBe(true);
  });

  it("is off whenever SMTP is configured", () => {
    expect(isDevMailboxEnabled({ NODE_ENV: "development", SMTP_URL, REHEARSE_EMBEDDED_DB: false })).toBe(false);
    expect(isDevMailboxEnabled({ NODE_ENV: "production", SMTP_URL, REHEARSE_EMBEDDED_DB: true })).toBe(false);
  });

  it("in production, is on only on the embedded database (a local `npm start`)", () => {
    expect(isDevMailboxEnabled({ NODE_ENV: "production", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: false })).toBe(false);
    expect(isDevMailboxEnabled({ NODE_ENV: "production", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: true })).toBe(true);
  });
});

describe("canOpenDevMailbox", () => {
  const localProduction = { NODE_ENV: "production", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: true } as const;

  it("in production, answers only a browser on the same machine", () => {
    expect(canOpenDevMailbox(from("127.0.0.1"), localProduction)).toBe(true);
    expect(canOpenDevMailbox(from("::1"), localProduction)).toBe(true);
    expect(canOpenDevMailbox(from("::ffff:127.0.0.1"), localProduction)).toBe(true);
    expect(canOpenDevMailbox(from("203.0.113.7"), localProduction)).toBe(false);
    expect(canOpenDevMailbox(from(null), localProduction)).toBe(false);
  });

  it("in production, refuses a visitor a reverse proxy on the same machine forwarded", () => {
    expect(canOpenDevMailbox(from("127.0.0.1", { "x-forwarded-for": "203.0.113.7" }), localProduction)).toBe(false);
    expect(canOpenDevMailbox(from("::1", { forwarded: "for=203.0.113.7" }), localProduction)).toBe(false);
  });

  it("in production, refuses a request that did not come through our server (no record of how it arrived)", () => {
    expect(canOpenDevMailbox(new Headers({ "x-rehearse-peer-ip": "127.0.0.1" }), localProduction)).toBe(false);
    expect(canOpenDevMailbox(new Headers({ "x-rehearse-peer-ip": "127.0.0.1", "x-rehearse-peer-forwarded": "1" }), localProduction)).toBe(false);
  });

  it("in development, answers anyone who can reach the dev server", () => {
    expect(canOpenDevMailbox(from("192.168.1.20"), { NODE_ENV: "development", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: false })).toBe(true);
    expect(canOpenDevMailbox(from(null), { NODE_ENV: "development", SMTP_URL: undefined, REHEARSE_EMBEDDED_DB: false })).toBe(true);
  });

  it("never opens a disabled mailbox", () => {
    expect(canOpenDevMailbox(from("127.0.0.1"), { NODE_ENV: "development", SMTP_URL, REHEARSE_EMBEDDED_DB: false })).toBe(false);
  });
});
