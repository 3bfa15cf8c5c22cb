/** Practice through the REST API for specs that need scored answers before they open a page. */
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

const json = { "content-type": "application/json" };

/** Submits one answer (with `code` and `language` for a coding question) and waits until scoring is done (the answer leaves "pending"). */
export async function answerAndWait(
  request: APIRequestContext,
  bearer: Record<string, string>,
  interviewId: string,
  questionId: string,
  answer: string,
  code?: { code: string; language: "python" | "javascript" },
  /** A coding answer runs every test in the sandbox first, which a busy machine makes slow. */
  timeout = 30_000,
): Promise<void> {
  const submitted = await request.post(`/api/v1/interviews/${interviewId}/answers`, { headers: { ...json, ...bearer }, data: { questionId, answer, ...code } });
  expect(submitted.status(), await submitted.text()).toBe(202);
  const { answer: created } = (await submitted.json()) as { answer: { id: string } };
  await expect(async () => {
    const polled = await request.get(`/api/v1/answers/${created.id}`, { headers: bearer });
    expect(((await polled.json()) as { answer: { status: string } }).answer.status).not.toBe("pending");
  }).toPass({ timeout, intervals: [250, 500, 1000] });
}
