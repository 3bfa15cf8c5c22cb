import { describe, expect, it } from "vitest";
import { resetPasswordLink, verifyEmailLink } from "./links";
import { extractLinks } from "./outbox";
import { emailChangeEmail, notificationEmail, passwordChangedEmail, passwordResetEmail, verificationEmail } from "./templates";

const APP_URL = "https://rehearse.example.com";
const HOSTILE_NAME = `<script>alert("x")</script> & Co`;

describe("links", () => {
  it("point at the app's verify and reset pages with the token", () => {
    expect(verifyEmailLink("abc_DEF-123", APP_URL)).toBe(`${APP_URL}/verify-email?token=abc_DEF-123`);
    expect(resetPasswordLink("abc_DEF-123", APP_URL)).toBe(`${APP_URL}/reset-password?token=abc_DEF-123`);
    expect(verifyEmailLink("a+b/c=", APP_URL)).toBe(`${APP_URL}/verify-email?token=a%2Bb%2Fc%3D`);
  });
});

describe("verificationEmail and passwordResetEmail", () => {
  it.each([
    { template: "verificationEmail", link: verifyEmailLink("tok123", APP_URL), render: verificationEmail },
    { template: "passwordResetEmail", link: resetPasswordLink("tok456", APP_URL), render: passwordResetEmail },
  ])("$template carries the link in both versions, and it is the only link", ({ link, render }) => {
    const email = render({ name: "Ada", link });
    expect(extractLinks(email.text)).toEqual([link]);
    expect(email.html).toContain(`href="${link}"`);
    expect(email.text).toContain("Hi Ada,");
  });

  it("verification says how long the link works", () => {
    const email = verificationEmail({ name: "Ada", link: verifyEmailLink("tok123", APP_URL) });
    expect(email.subject).toBe("Confirm your email address for Rehearse");
    expect(email.text).toContain("expires in 24 hours");
    expect(email.html).toContain("expires in 24 hours");
  });

  it("reset says its link lasts 1 hour and what to do if you did not ask", () => {
    const email = passwordResetEmail({ name: "Ada", link: resetPasswordLink("tok456", APP_URL) });
    expect(email.text).toContain("expires in 1 hour.");
    expect(email.text).toContain("If you did not ask to reset your password, ignore this email");
  });
});

describe("emailChangeEmail", () => {
  it("names the new address and links to the verification page", () => {
    const link = verifyEmailLink("tok789", APP_URL);
    const email = emailChangeEmail({ name: "Ada", link, newEmail: "ada+new@example.com" });
    expect(email.text).toContain("ada+new@example.com");
    expect(email.html).toContain("ada+new@example.com");
    expect(extractLinks(email.text)).toEqual([link]);
  });
});

describe("passwordChangedEmail", () => {
  it("tells the owner and links to a reset in case it was not them", () => {
    const email = passwordChangedEmail({ name: "Ada", resetLink: `${APP_URL}/forgot-password` });
    expect(email.subject).toBe("Your Rehearse password was changed");
    expect(extractLinks(email.text)).toEqual([`${APP_URL}/forgot-password`]);
  });
});

describe("notificationEmail", () => {
  it("renders the paragraphs and the optional action", () => {
    const email = notificationEmail({
      name: "Ada",
      subject: "Your support request",
      paragraphs: ["We replied to your request.", "Thanks for your patience."],
      action: { label: "Read the reply", link: `${APP_URL}/support/1` },
    });
    expect(email.text).toContain("We replied to your request.\n\nThanks for your patience.");
    expect(email.text).toContain(`Read the reply: ${APP_URL}/support/1`);
    expect(email.html).toContain(`href="${APP_URL}/support/1"`);
  });

  it("has no button without an action, and greets without a name", () => {
    const email = notificationEmail({ subject: "Quota", paragraphs: ["You used 80% of this month's answers."] });
    expect(email.html).not.toContain("<a ");
    expect(email.text.startsWith("Hi,\n")).toBe(true);
  });

  it("keeps the subject on one line", () => {
    expect(notificationEmail({ subject: "Payment\r\nBcc: victim@example.com", paragraphs: [] }).subject).toBe(
      "Payment Bcc: victim@example.com",
    );
  });
});

describe("escaping", () => {
  it("escapes a hostile name in HTML and keeps it as typed in the text", () => {
    const email = verificationEmail({ name: HOSTILE_NAME, link: verifyEmailLink("t", APP_URL) });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co,");
    expect(email.text).toContain(`Hi ${HOSTILE_NAME},`);
  });

  it("escapes paragraphs, subjects and links", () => {
    const email = notificationEmail({
      subject: "<b>Bold</b>",
      paragraphs: [`<img src=x onerror=alert(1)>`],
      action: { label: "<Open>", link: `${APP_URL}/a?x=1&y="2"` },
    });
    expect(email.html).not.toMatch(/<img|<b>|<Open>/);
    expect(email.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(email.html).toContain("<title>&lt;b&gt;Bold&lt;/b&gt;</title>");
    expect(email.html).toContain(`href="${APP_URL}/a?x=1&amp;y=&quot;2&quot;"`);
  });

  it("refuses links that are not http(s)", () => {
    expect(() => verificationEmail({ name: "Ada", link: "javascript:alert(1)" })).toThrow(/http/);
    expect(() => verificationEmail({ name: "Ada", link: "/verify-email?token=relative" })).toThrow(/http/);
  });
});

describe("text version", () => {
  it("exists for every template and contains no HTML", () => {
    const link = verifyEmailLink("t", APP_URL);
    const all = [
      verificationEmail({ name: "Ada", link }),
      passwordResetEmail({ name: "Ada", link }),
      emailChangeEmail({ name: "Ada", link, newEmail: "new@example.com" }),
      passwordChangedEmail({ name: "Ada", resetLink: link }),
      notificationEmail({ subject: "Hello", paragraphs: ["Hi there"] }),
    ];
    for (const email of all) {
      expect(email.text.length).toBeGreaterThan(20);
      expect(email.text).not.toMatch(/<[a-z]/i);
      expect(email.html).toMatch(/^<!doctype html>/);
    }
  });
});
