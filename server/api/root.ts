import { createCallerFactory, router } from "./trpc";
import { healthRouter } from "./routers/health/router";

export const appRouter = router({
  health: healthRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side and test caller: `createCaller(createContextInner({...}))`. */
export const createCaller = createCallerFactory(appRouter);
