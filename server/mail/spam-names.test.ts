/**
 * Sign-up takes any name with any email address, and the verification email goes to that address:
 * a "name" that is a link or a phone number must not ride along into it (spam from our domain).
 */
import { describe, expect, it } from "vitest";
import { verifyEmailLink } from "./links";
import { extractLinks } from "./outbox";
import { greetingName } from "./render-email";
import { emailChangeEmail, verificationEmail } from "./templates";

const APP_URL = "https://rehearse.example.com";

describe("greetingName", () => {
  it.each([
    "Win $1000 at https://evil.example/win",
    "Claim your prize: www.evil-prize.top",
    "Visit evil-prize.top now",
    "Free crypto bit.ly/x1",
    "Prize at evil。com",
    "Write to prize@evil.example",
    "Call +1 (555) 010-0199 now",
    "xn--80ak6aa92e.com",
  ])("leaves out %j", (name) => {
    expect(greetingName(name)).toBe("");
  });

  it.each(["Ada", "Ada L. Lovelace", "J. R. R. Tolkien", "Jean-Luc Picard", "Seán O'Brien", "Мария Иванова", "김민준", "Louis XIV", `<script>alert("x")</script> & Co`])(
    "keeps %j",
    (name) => {
      expect(greetingName(name)).toBe(name);
    },
  );
});

describe("a verification email for a spammer's name", () => {
  it("greets without the name and carries only our link", () => {
    const link = verifyEmailLink("tok", APP_URL);
    for (const email of [
      verificationEmail({ name: "Cheap watches: https://evil.example/?a=1", link }),
      emailChangeEmail({ name: "Cheap watches at evil.example", link, newEmail: "victim@example.com" }),
    ]) {
      expect(email.text).toContain("Hi,");
      expect(email.text).not.toContain("evil");
      expect(email.html).not.toContain("evil");
      expect(extractLinks(email.text)).toEqual([link]);
    }
  });
});
