import { describe, expect, it } from "vitest";
import { freePort } from "@/db/embedded-postmaster";
import { runMigrations } from "@/db/migrate";
import { AppError } from "@/server/errors";
import { databaseProblem, launchProblem } from "./launch-error";

describe("a launcher's start-up failure on the database", () => {
  // `npm run db:migrate` with a wrong port printed "Failed query: select pg_advisory_lock($1)" and a stack.
  it("names the reason from the driver's cause, not the query drizzle wraps it in", async () => {
    const port = await freePort(); // nothing listens there
    const error = await runMigrations(`postgres://rehearse:secret@127.0.0.1:${port}/rehearse`).catch((caught: unknown) => caught);
    const message = databaseProblem(error);
    expect(message).toContain(`Cannot use the database: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(message).toContain("Check DATABASE_URL");
    expect(message).not.toContain("pg_advisory_lock");
    expect(message).not.toContain("secret");
  });

  it("recognises PostgreSQL refusing the role or the database", () => {
    const missing = Object.assign(new Error('database "nosuchdb" does not exist'), { code: "3D000" });
    expect(databaseProblem(new Error("Failed query: select 1", { cause: missing }))).toMatch(/^Cannot use the database: database "nosuchdb" does not exist\. Check DATABASE_URL/);
    const role = Object.assign(new Error('password authentication failed for user "rehearse"'), { code: "28P01" });
    expect(databaseProblem(role)).toContain('password authentication failed for user "rehearse"');
  });

  it("leaves every other failure to the stack trace", () => {
    expect(databaseProblem(new Error("next build failed (exit 1)"))).toBeNull();
    expect(databaseProblem(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeNull();
    expect(databaseProblem("a string")).toBeNull();
  });
});

describe("other start-up failures a person can fix from the message", () => {
  it("an app refusal (a common ADMIN_PASSWORD, an unknown email to promote) and a taken port are one line", () => {
    expect(launchProblem(new AppError("VALIDATION_ERROR", "ADMIN_PASSWORD: This password is among the most commonly used; choose another."))).toBe(
      "ADMIN_PASSWORD: This password is among the most commonly used; choose another.",
    );
    const taken = Object.assign(new Error("listen EADDRINUSE: address already in use :::3000"), { code: "EADDRINUSE", port: 3000 });
    expect(launchProblem(taken)).toBe("Port 3000 is already in use by another program: stop it, or start on another port with PORT=…");
    expect(launchProblem(new Error("next build failed (exit 1)"))).toBeNull();
  });
});
