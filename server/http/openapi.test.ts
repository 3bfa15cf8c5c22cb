import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  const document = openApiDocument("http://localhost:3000");

  it("is a valid OpenAPI 3 document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("declares the contract's endpoints", () => {
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const expected of [
      "GET /health",
      "POST /auth/register",
      "POST /auth/verify-email",
      "POST /auth/token",
      "POST /auth/refresh",
      "POST /auth/logout",
      "POST /auth/forgot-password",
      "POST /auth/reset-password",
      "GET /me",
      "PATCH /me",
      "DELETE /me",
      "GET /me/export",
      "GET /tracks",
      "GET /questions",
      "POST /interviews",
      "GET /interviews",
      "GET /interviews/{id}",
      "POST /interviews/{id}/answers",
      "GET /answers/{id}",
      "POST /interviews/{id}/complete",
      "DELETE /interviews/{id}",
      "POST /analysis",
      "POST /analysis/batch",
    ]) {
      expect(operations).toContain(expected);
    }
  });

  it("gives every error response the shared error body", () => {
    for (const item of Object.values(document.paths ?? {})) {
      for (const operation of Object.values(item as Record<string, { responses: Record<string, { content?: unknown }> }>)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400) {
            expect(response.content).toEqual({ "application/json": { schema: { $ref: "#/components/schemas/Error" } } });
          }
        }
      }
    }
  });

  it("describes every operation's success response with a schema (204 aside, which has no body)", () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>)) {
        const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
        if (successes.length === 0) missing.push(`${method.toUpperCase()} ${path}: no success response`);
        for (const [status, response] of successes) {
          if (status === "204") continue;
          const schemas = Object.values(response.content ?? {}).map((media) => media.schema);
          if (schemas.length === 0 || schemas.some((schema) => !schema || Object.keys(schema).length === 0)) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
