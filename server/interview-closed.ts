import { AppError } from "@/server/errors";

/** An action on an interview that is no longer in progress (answering, recording): 409 naming its status, in the reader's language too. */
export function interviewClosedError(status: string): AppError {
  return new AppError("CONFLICT", `This interview is ${status.replace("_", " ")}; it no longer takes answers.`).withText("server.interviewClosed", { status });
}
