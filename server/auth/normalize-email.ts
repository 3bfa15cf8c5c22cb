// Declared in the client-safe contracts (forms share the schema); server modules keep this path.
export { normalizeEmail, ZEmailSchema } from "@/server/contracts/email";
