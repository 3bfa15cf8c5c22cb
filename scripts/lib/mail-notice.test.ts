import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mailNotice } from "./mail-notice";

const base = { APP_URL: "http://localhost:3000", SMTP_URL: undefined, NODE_ENV: "production" as const, REHEARSE_EMBEDDED_DB: false };

describe("the launcher's email notice", () => {
  it("says nothing when mail goes out through SMTP", () => {
    expect(mailNotice({ ...base, SMTP_URL: "smtp://mail.example.com:587" })).toBeNull();
  });

  it("points a local run to the dev mailbox", () => {
    expect(mailNotice({ ...base, REHEARSE_EMBEDDED_DB: true })).toBe(
      "SMTP_URL is unset: emails are not sent; read them in the dev mailbox at http://localhost:3000/dev/mailbox (from a browser on this machine)",
    );
    expect(mailNotice({ ...base, NODE_ENV: "development" })).toContain("dev mailbox at http://localhost:3000/dev/mailbox");
  });

  it("warns that production on an external database without SMTP sends no email at all", () => {
    expect(mailNotice(base)).toMatch(/^SMTP_URL is unset: no email is sent .*dev mailbox is off.*set SMTP_URL=/);
  });
});

describe("npm run worker's email notice", () => {
  // The worker said "emails stay in the dev mailbox" even in production on an external database, where there is none.
  it("is the launcher's, decided once the database (embedded or not) is known", () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, "../worker.ts"), "utf8");
    expect(source).not.toMatch(/dev mailbox"/);
    const prepared = source.indexOf("await prepareDatabase(");
    const notice = source.indexOf("mailNotice(loadEnvOrExit())");
    expect(prepared).toBeGreaterThan(0);
    expect(notice).toBeGreaterThan(prepared);
  });
});

describe("npm run dev's email notice", () => {
  // npm run dev said nothing about email: a newcomer signing up waited for a verification that never left.
  it("is printed once the database is known, as npm start and npm run worker do", () => {
    for (const launcher of ["../dev.ts", "../start.ts", "../worker.ts"]) {
      const source = fs.readFileSync(path.resolve(import.meta.dirname, launcher), "utf8");
      const prepared = source.indexOf("await prepareDatabase(");
      expect(prepared, launcher).toBeGreaterThan(0);
      expect(source.indexOf("mailNotice(loadEnvOrExit())"), launcher).toBeGreaterThan(prepared);
    }
  });
});
