import { checkReference, getCodingSpec, saveCodingSpec } from "@/server/admin/coding-spec";
import { adminProcedure, router } from "@/server/api/trpc";
import { candidateLanguage } from "@/server/questions/candidate-language";
import {
  ZAdminCodingGetInputSchema,
  ZAdminCodingGetOutputSchema,
  ZAdminCodingRunReferenceInputSchema,
  ZAdminCodingSaveInputSchema,
  ZReferenceCheckSchema,
} from "@/server/contracts/coding-spec";

/** A coding question's signatures, tests and reference solutions (admin.coding.*). */
export const adminCodingRouter = router({
  get: adminProcedure
    .input(ZAdminCodingGetInputSchema)
    .output(ZAdminCodingGetOutputSchema)
    .query(({ ctx, input }) => getCodingSpec(ctx.db, input.questionId)),

  save: adminProcedure
    .input(ZAdminCodingSaveInputSchema)
    .output(ZAdminCodingGetOutputSchema)
    .mutation(({ ctx, input }) => saveCodingSpec(ctx.db, { id: ctx.user.id, email: ctx.user.email }, input.questionId, input.spec, () => candidateLanguage(ctx))),

  /** Runs the spec being edited (saved or not): every test on both reference solutions. */
  runReference: adminProcedure
    .input(ZAdminCodingRunReferenceInputSchema)
    .output(ZReferenceCheckSchema)
    .mutation(({ input }) => checkReference(input.spec)),
});
