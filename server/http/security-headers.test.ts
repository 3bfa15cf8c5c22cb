import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

describe("security headers and voice answers (#19)", () => {
  it("lets this origin, and only this origin, use the microphone", () => {
    const policy = securityHeaders({ isProduction: true, isHttps: true })["Permissions-Policy"];
    expect(policy).toContain("microphone=(self)");
    expect(policy).toContain("camera=()");
  });

  it("lets pages play audio from the site and from blob: URLs (the take before upload), nothing else", () => {
    const csp = contentSecurityPolicy("nonce", false);
    expect(csp).toContain("media-src 'self' blob:");
    expect(csp).toContain("default-src 'self'");
  });
});
