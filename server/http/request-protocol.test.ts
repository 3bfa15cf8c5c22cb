import { describe, expect, it } from "vitest";
import { PEER_IP_HEADER } from "./client-ip";
import { isHttpsRequest } from "./request-protocol";
import { securityHeaders } from "./security-headers";

const TRUSTED = ["10.0.0.1"];

function request(url: string, headers: Record<string, string>) {
  return { url, headers: new Headers(headers) };
}

describe("is the request https?", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy, using the value that proxy added", () => {
    expect(isHttpsRequest(request("https://app.test/", { [PEER_IP_HEADER]: "10.0.0.1", "x-forwarded-proto": "https" }), TRUSTED)).toBe(true);
    expect(isHttpsRequest(request("https://app.test/", { [PEER_IP_HEADER]: "::ffff:10.0.0.1", "x-forwarded-proto": "http, https" }), TRUSTED)).toBe(true);
    expect(isHttpsRequest(request("http://app.test/", { [PEER_IP_HEADER]: "10.0.0.1", "x-forwarded-proto": "https, http" }), TRUSTED)).toBe(false);
    expect(isHttpsRequest(request("http://app.test/", { [PEER_IP_HEADER]: "10.0.0.1" }), TRUSTED)).toBe(false);
  });

  it("ignores a client's own X-Forwarded-Proto (Next turns it into an https URL)", () => {
    expect(isHttpsRequest(request("https://app.test/", { [PEER_IP_HEADER]: "203.0.113.9", "x-forwarded-proto": "https" }), TRUSTED)).toBe(false);
    expect(isHttpsRequest(request("http://app.test/", { [PEER_IP_HEADER]: "127.0.0.1" }), TRUSTED)).toBe(false);
  });

  it("uses the URL when no peer address is known", () => {
    expect(isHttpsRequest(request("https://app.test/", {}), TRUSTED)).toBe(true);
    expect(isHttpsRequest(request("http://app.test/", {}), TRUSTED)).toBe(false);
  });
});

describe("security headers", () => {
  it("send HSTS in production over https only", () => {
    expect(securityHeaders({ isProduction: true, isHttps: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders({ isProduction: true, isHttps: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ isProduction: false, isHttps: true })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ isProduction: true, isHttps: false })["X-Frame-Options"]).toBe("DENY");
  });
});
