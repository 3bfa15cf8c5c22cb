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

/** What a client sees of a failed call: its code, message and details (comparable with toEqual). */
export async function failureShape(promise: Promise<unknown>) {
  const appError = await failure(promise);
  return { code: appError.code, details: appError.details, message: appError.message };
}
