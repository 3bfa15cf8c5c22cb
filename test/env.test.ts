import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/server/env";

describe("parseEnv", () => {
  it("needs nothing for a local run and fills defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe("./.data");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CORS_ORIGINS).toEqual([]);
  });

  it("derives APP_URL from PORT and trims a trailing slash from an explicit one", () => {
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ APP_URL: "https://rehearse.example.com/" }).APP_URL).toBe("https://rehearse.example.com");
  });

  it("names the variable and what it expects when a value is bad", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT: expected a port number/);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT: expected a port between 1 and 65535/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ connection URL/);
    expect(() => parseEnv({ AI_DOUBLE_CHECK: "maybe" })).toThrow(/AI_DOUBLE_CHECK: expected "true" or "false"/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: expected at least 32 characters/);
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL: expected fatal, error, warn, info, debug, trace or silent$/m);
    expect(() => parseEnv({ NODE_ENV: "prod" })).toThrow(/NODE_ENV: expected development, production or test$/m);
  });

  it("shows an example of the right kind for each URL variable", () => {
    expect(() => parseEnv({ SMTP_URL: "mail.example.com" })).toThrow(/SMTP_URL: expected a URL such as smtp:\/\/user:pass@host:587/);
    expect(() => parseEnv({ APP_URL: "rehearse" })).toThrow(/APP_URL: expected a URL such as https:\/\/rehearse\.example\.com/);
    expect(() => parseEnv({ S3_ENDPOINT: "s3" })).toThrow(/S3_ENDPOINT: expected a URL such as https:\/\/s3\./);
    expect(() => parseEnv({ OPENAI_BASE_URL: "api" })).toThrow(/OPENAI_BASE_URL: expected a URL such as https:\/\/api\.openai\.com\/v1/);
    expect(() => parseEnv({ TRANSCRIPTION_BASE_URL: "api" })).toThrow(/TRANSCRIPTION_BASE_URL: expected a URL such as https:\/\/api\.openai\.com\/v1/);
  });

  // "localhost:3000" used to pass as a URL (scheme "localhost:"), and every email link built from it was broken.
  it("refuses a URL without the scheme its variable needs", () => {
    expect(() => parseEnv({ APP_URL: "localhost:3000" })).toThrow(/APP_URL: expected a URL such as https:\/\/rehearse\.example\.com \(http:\/\/ or https:\/\/\)/);
    expect(() => parseEnv({ OPENAI_BASE_URL: "ftp://models.internal" })).toThrow(/OPENAI_BASE_URL: expected a URL/);
    expect(() => parseEnv({ SMTP_URL: "https://mail.example.com" })).toThrow(/SMTP_URL: expected a URL such as smtp:\/\/user:pass@host:587 \(smtp:\/\/ or smtps:\/\/\)/);
    expect(parseEnv({ APP_URL: "http://localhost:3000", SMTP_URL: "smtps://u:p@mail.example.com:465" }).SMTP_URL).toBe("smtps://u:p@mail.example.com:465");
  });

  it("reports every bad variable at once", () => {
    try {
      parseEnv({ PORT: "x", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).problems.map((p) => p.split(":")[0])).toEqual(["PORT", "LOG_LEVEL"]);
    }
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ PORT: "", OPENAI_API_KEY: "" }).PORT).toBe(3000);
  });

  it("splits comma lists", () => {
    expect(parseEnv({ CORS_ORIGINS: "https://a.example, https://b.example" }).CORS_ORIGINS).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
  });

  // Both lists are compared exactly with the request: a range, a host name or an origin with a path
  // never matched, and was accepted without a word.
  it("refuses list entries that could never match", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.2, ::1" }).TRUSTED_PROXIES).toEqual(["10.0.0.2", "::1"]);
    for (const bad of ["10.0.0.0/8", "lb.internal", "10.0.0.2,nonsense"]) {
      expect(() => parseEnv({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES: expected comma-separated IP addresses such as 10\.0\.0\.2/);
    }
    expect(parseEnv({ CORS_ORIGINS: "http://localhost:5173" }).CORS_ORIGINS).toEqual(["http://localhost:5173"]);
    for (const bad of ["https://app.example.com/", "app.example.com", "https://app.example.com/api", "*"]) {
      expect(() => parseEnv({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS: expected comma-separated origins such as https:\/\/app\.example\.com/);
    }
  });

  it("takes CODE_RUNNER_WORKERS from 1 to 16, 2 by default", () => {
    expect(parseEnv({}).CODE_RUNNER_WORKERS).toBe(2);
    expect(parseEnv({ CODE_RUNNER_WORKERS: "4" }).CODE_RUNNER_WORKERS).toBe(4);
    for (const bad of ["0", "17", "two"]) {
      expect(() => parseEnv({ CODE_RUNNER_WORKERS: bad })).toThrow(/CODE_RUNNER_WORKERS: expected a whole number from 1 to 16/);
    }
  });
});
