import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type TOutputs = inferRouterOutputs<AppRouter>;

export type TFlaggedAnswer = TOutputs["admin"]["flagged"]["answers"][number];
export type TAdminQuestion = TOutputs["admin"]["questions"]["questions"][number];
export type TAdminUser = TOutputs["admin"]["users"]["users"][number];
export type TAdminUserDetail = TOutputs["admin"]["user"];
export type TAdminTicket = TOutputs["admin"]["tickets"][number];
export type TCapabilities = TOutputs["admin"]["capabilities"];
