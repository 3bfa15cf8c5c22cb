import { z } from "zod";
import { PAID_PLAN_IDS } from "@/server/contracts/vocabulary/plans";

export const ZCreateCheckoutInputSchema = z.object({ plan: z.enum(PAID_PLAN_IDS) });
export const ZRedirectUrlSchema = z.object({ url: z.url() });
