// Moved to server/contracts/support.ts; this path stays until the contact form's import moves with its rewrite.
export { ZContactInputSchema, type TContactInput } from "@/server/contracts/support";
