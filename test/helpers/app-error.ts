import { toAppError } from "@/server/errors";

/** The AppError a call failed with (its code and status); throws when the call succeeded. */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return toAppError(error);
  }
  throw new Error("expected the call to fail");
}
