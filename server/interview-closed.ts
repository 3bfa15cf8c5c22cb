import { AppError } from "@/server/errors";

// At the top of server/, not in interviews/: voice (recording an answer) throws it too, and voice may not
// import interviews, which already imports voice to delete an interview's audio.

/** An action on an interview that is no longer in progress (answering, recording): 409 naming its status, in the reader's language too. */
export function interviewClosedError(status: string): AppError {
  return new AppError("CONFLICT", `This interview is ${status.replace("_", " ")}; it no longer takes answers.`).withText("server.interviewClosed", { status });
}
