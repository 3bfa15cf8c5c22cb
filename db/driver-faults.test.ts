import { describe, expect, it } from "vitest";
import { isKnownDriverSocketFault } from "./driver-faults";

function errorWithStack(type: ErrorConstructor, message: string, topFrame: string): Error {
  const error = new type(message);
  error.stack = `${type.name}: ${message}\n    at ${topFrame}\n    at process.processImmediate (node:internal/timers:478:21)`;
  return error;
}

describe("isKnownDriverSocketFault", () => {
  it("recognises postgres.js writing to a socket that is already gone", () => {
    const fault = errorWithStack(TypeError, "Cannot read properties of null (reading 'write')", "Immediate.nextWrite (/srv/app/node_modules/postgres/src/connection.js:255:22)");
    expect(isKnownDriverSocketFault(fault)).toBe(true);
  });

  it("recognises the driver's shared-error faults on a severed connection", () => {
    const redefine = errorWithStack(TypeError, "Cannot redefine property: parameters", "queryError (/srv/app/node_modules/postgres/cjs/src/connection.js:388:12)");
    const origin = errorWithStack(TypeError, "Cannot read properties of undefined (reading 'replace')", "queryError (file:///srv/app/node_modules/postgres/src/connection.js:389:48)");
    expect(isKnownDriverSocketFault(redefine)).toBe(true);
    expect(isKnownDriverSocketFault(origin)).toBe(true);
  });

  it("lets every other crash end the process", () => {
    expect(isKnownDriverSocketFault(errorWithStack(TypeError, "Cannot read properties of null (reading 'write')", "ourCode (/srv/app/server/jobs/worker.ts:10:5)"))).toBe(false);
    expect(isKnownDriverSocketFault(errorWithStack(Error, "Cannot read properties of null (reading 'write')", "nextWrite (/srv/app/node_modules/postgres/src/connection.js:255:22)"))).toBe(false);
    expect(isKnownDriverSocketFault(errorWithStack(TypeError, "x is not a function", "nextWrite (/srv/app/node_modules/postgres/src/connection.js:255:22)"))).toBe(false);
    expect(isKnownDriverSocketFault("a string")).toBe(false);
  });
});
