import { createCallerFactory, router } from "./trpc";
import { authRouter } from "./routers/auth/router";
import { healthRouter } from "./routers/health/router";
import { meRouter } from "./routers/me/router";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  me: meRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side and test caller: `createCaller(createContextInner({...}))`. */
export const createCaller = createCallerFactory(appRouter);
