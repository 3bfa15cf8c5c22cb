/**
 * The environment a test changes comes back: after the test (setEnv, through the setup file's hook),
 * when the function ends however it ends (withEnv), and after the file (setEnvForFile).
 */
import { describe, expect, it } from "vitest";
import { getEnv } from "@/server/env";
import { setEnv, setEnvForFile, withEnv } from "./env-overrides";

const NAME = "REHEARSE_ENV_OVERRIDES_PROBE";
const before = process.env.VOICE_MAX_SECONDS;

describe("env overrides", () => {
  it("setEnv changes a variable and what the app reads, for this test", () => {
    setEnv({ VOICE_MAX_SECONDS: "7", [NAME]: "set" });
    expect(process.env[NAME]).toBe("set");
    expect(getEnv().VOICE_MAX_SECONDS).toBe(7);
  });

  it("the next test sees the variables as they were", () => {
    expect(process.env[NAME]).toBeUndefined();
    expect(process.env.VOICE_MAX_SECONDS).toBe(before);
    expect(getEnv().VOICE_MAX_SECONDS).not.toBe(7);
  });

  it("withEnv puts the variables back when its function throws", async () => {
    await expect(
      withEnv({ [NAME]: "inside" }, () => {
        expect(process.env[NAME]).toBe("inside");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(process.env[NAME]).toBeUndefined();
  });

  it("a test's change on top of the file's goes back to the file's value", () => {
    setEnvForFile({ [NAME]: "file" });
    setEnv({ [NAME]: "test" });
    expect(process.env[NAME]).toBe("test");
  });

  it("keeps the file's value for the rest of the file", () => {
    expect(process.env[NAME]).toBe("file");
  });
});
