import { router } from "@/server/api/trpc";
import { adminCodingRouter } from "./coding";
import { platformProcedures } from "./platform-procedures";
import { questionProcedures } from "./question-procedures";
import { reviewProcedures } from "./review-procedures";
import { ticketProcedures } from "./ticket-procedures";
import { userProcedures } from "./user-procedures";

/** admin.*: one file per area; contracts in server/contracts/admin.ts and admin-metrics.ts. */
export const adminRouter = router({
  coding: adminCodingRouter,
  ...platformProcedures,
  ...reviewProcedures,
  ...questionProcedures,
  ...userProcedures,
  ...ticketProcedures,
});
