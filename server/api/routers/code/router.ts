import { ZRunCodeInputSchema, ZRunCodeOutputSchema } from "@/server/contracts/code";
import { enforceRateLimit } from "@/server/api/rate-limit";
import { protectedProcedure, router } from "@/server/api/trpc";
import { CODE_RUN_PER_USER, CODE_RUNS_IN_FLIGHT, runVisibleTests } from "@/server/code-runner/run-visible";

export const codeRouter = router({
  run: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/code/run",
        tags: ["code"],
        summary: "Run code against a coding question's visible tests",
        description:
          "Runs `code` in the sandbox (no network, no files, a CPU-time and memory limit per test) against the question's visible examples, " +
          `and answers with each test's input, expected and actual value. At most ${CODE_RUN_PER_USER.limit} runs a minute per user, ${CODE_RUNS_IN_FLIGHT} at a time (429 with Retry-After past either). ` +
          "Hidden tests run only on a submitted answer, when it is scored.",
        errorResponses: [400, 401, 404, 429, 503],
      },
    })
    .input(ZRunCodeInputSchema)
    .output(ZRunCodeOutputSchema)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "code-run:user", ctx.user.id, CODE_RUN_PER_USER);
      return runVisibleTests(ctx.db, ctx.user.id, input);
    }),
});
