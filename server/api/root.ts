import { createCallerFactory, router } from "./trpc";
import { adminRouter } from "./routers/admin/router";
import { analysisRouter } from "./routers/analysis/router";
import { authRouter } from "./routers/auth/router";
import { billingRouter } from "./routers/billing/router";
import { catalogRouter } from "./routers/catalog/router";
import { codeRouter } from "./routers/code/router";
import { interviewsRouter } from "./routers/interviews/router";
import { jobTargetsRouter } from "./routers/job-targets/router";
import { healthRouter } from "./routers/health/router";
import { meRouter } from "./routers/me/router";
import { progressRouter } from "./routers/progress/router";
import { supportRouter } from "./routers/support/router";
import { voiceRouter } from "./routers/voice/router";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  me: meRouter,
  catalog: catalogRouter,
  interviews: interviewsRouter,
  analysis: analysisRouter,
  progress: progressRouter,
  admin: adminRouter,
  support: supportRouter,
  billing: billingRouter,
  jobTargets: jobTargetsRouter,
  code: codeRouter,
  voice: voiceRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side and test caller: `createCaller(createContextInner({...}))`. */
export const createCaller = createCallerFactory(appRouter);
