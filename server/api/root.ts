import { createCallerFactory, router } from "./trpc";
import { analysisRouter } from "./routers/analysis/router";
import { authRouter } from "./routers/auth/router";
import { catalogRouter } from "./routers/catalog/router";
import { interviewsRouter } from "./routers/interviews/router";
import { healthRouter } from "./routers/health/router";
import { meRouter } from "./routers/me/router";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  me: meRouter,
  catalog: catalogRouter,
  interviews: interviewsRouter,
  analysis: analysisRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side and test caller: `createCaller(createContextInner({...}))`. */
export const createCaller = createCallerFactory(appRouter);
