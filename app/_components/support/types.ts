import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** A candidate's own support request as the Help page shows it. */
export type TMyTicket = inferRouterOutputs<AppRouter>["support"]["mine"][number];
