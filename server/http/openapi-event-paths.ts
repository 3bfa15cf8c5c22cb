/**
 * The OpenAPI entry for GET /answers/{id}/events, which streams server-sent events outside the
 * OpenAPI adapter (answer-events.ts), so the generator cannot see it. It borrows the path
 * parameter and security of GET /answers/{id}; error responses get the shared Error body later.
 */
interface TOperationLike {
  parameters?: unknown[];
  security?: unknown;
  responses?: Record<string, unknown>;
  [key: string]: unknown;
}

export function addAnswerEventsPath(paths: Record<string, unknown>): void {
  const get = (paths["/answers/{id}"] as Record<string, TOperationLike> | undefined)?.get;
  const idParameter = get?.parameters?.find((parameter) => (parameter as { in?: string }).in === "path");
  paths["/answers/{id}/events"] = {
    get: {
      operationId: "interviews-onAnswer-events",
      tags: ["interviews"],
      summary: "Follow an answer's status as server-sent events",
      description:
        "A `text/event-stream`. Each `answer` event's data is `{ answer }`, the body of `GET /answers/{id}`, and its `id` is the answer's " +
        "version: the first event is the answer as it is now, then one event per change. Once the answer is final (not `pending`, " +
        "and its score not `provisional`: a provisional built-in score is followed by the AI grade) an `end` event follows and the stream closes. Comment lines (`: ping`) keep it open every 15 s. Send the last event id back as " +
        "`Last-Event-ID` when reconnecting to skip what you already have. A problem after the stream opened arrives as an `error` event " +
        "with `{ error: { code, message } }`.",
      ...(get?.security ? { security: get.security } : {}),
      parameters: [
        idParameter ?? { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        { name: "Last-Event-ID", in: "header", required: false, schema: { type: "string", maxLength: 100 }, description: "The id of the last event received." },
      ],
      responses: {
        "200": {
          description: "The event stream",
          content: {
            "text/event-stream": {
              schema: { type: "string" },
              example: 'event: answer\nid: scored-3q2b…\ndata: {"answer":{"id":"…","status":"scored",…}}\n\nevent: end\ndata: {}\n\n',
            },
          },
        },
        "400": { description: "Invalid id" },
        "401": { description: "Authorization not provided" },
        "404": { description: "Not found" },
      },
    },
  };
}
