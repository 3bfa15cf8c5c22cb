/**
 * The OpenAPI 3 document of /api/v1, generated from the procedures' metadata and Zod schemas,
 * with the contract's error body declared once and referenced by every error response.
 */
import { generateOpenApiDocument } from "trpc-to-openapi";
import { appRouter } from "@/server/api/root";
import { listProcedures } from "@/server/api/procedures";
import { ERROR_CODES } from "@/server/contracts/errors";
import packageJson from "@/package.json";
import { addJobUploadPath } from "@/server/job-targets/openapi-upload-path";
import { getEnv } from "@/server/env";
import { addAnswerEventsPath } from "./openapi-event-paths";
import { addRecordingPaths } from "./openapi-recording-paths";
import { REST_PREFIX } from "./rest-handler";

type TOpenApiDocument = ReturnType<typeof generateOpenApiDocument>;

const ERROR_SCHEMA = {
  type: "object",
  required: ["error", "requestId"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: ERROR_CODES,
        },
        message: { type: "string" },
        details: { type: "object", additionalProperties: true },
      },
    },
    requestId: { type: "string" },
  },
  example: { error: { code: "NOT_FOUND", message: "Interview not found." }, requestId: "5f0c…" },
} as const;

let cached: TOpenApiDocument | undefined;

export function openApiDocument(baseUrl: string): TOpenApiDocument {
  cached ??= buildDocument();
  return { ...cached, servers: [{ url: `${baseUrl}${REST_PREFIX}` }] };
}

function buildDocument(): TOpenApiDocument {
  const document = generateOpenApiDocument(appRouter, {
    title: "Rehearse API",
    description:
      "Interview practice with rubric scores. Authenticate with `Authorization: Bearer <accessToken>` from `POST /auth/token`. " +
      "Every response carries `x-request-id`; errors share one body.",
    version: packageJson.version,
    baseUrl: REST_PREFIX,
  });
  document.components = {
    ...document.components,
    schemas: { ...(document.components?.schemas ?? {}), Error: ERROR_SCHEMA as never },
  };
  applySuccessStatuses(document);
  deleteInputAsBody(document);
  if (document.paths) addAnswerEventsPath(document.paths as Record<string, unknown>);
  if (document.paths) addJobUploadPath(document.paths as Record<string, unknown>);
  if (document.paths) addRecordingPaths(document.paths as Record<string, unknown>, { maxBytes: getEnv().VOICE_MAX_BYTES, maxSeconds: getEnv().VOICE_MAX_SECONDS });
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem as Record<string, { responses?: Record<string, unknown> }>)) {
      if (!operation?.responses) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const description = (response as { description?: string }).description ?? "Error";
        operation.responses[status] = {
          description,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        };
      }
    }
  }
  return document;
}

/** The generator documents every success as 200; say 201, 202 or 204 where the procedure answers that. */
function applySuccessStatuses(document: TOpenApiDocument): void {
  for (const { meta } of listProcedures()) {
    if (!meta?.openapi || !meta.successStatus || meta.successStatus === 200) continue;
    const operation = (document.paths?.[meta.openapi.path] as Record<string, { responses?: Record<string, unknown> }> | undefined)?.[
      meta.openapi.method.toLowerCase()
    ];
    const ok = operation?.responses?.["200"] as { description?: string } | undefined;
    if (!operation?.responses || !ok) continue;
    delete operation.responses["200"];
    operation.responses[String(meta.successStatus)] =
      meta.successStatus === 204 ? { description: "No content" } : { ...ok, description: ok.description ?? "Success" };
  }
}

type TParameter = { in?: string; name?: string; required?: boolean; schema?: unknown; description?: string };

/**
 * The generator puts a DELETE's input in the query string, where a password (DELETE /me) would land in
 * proxies' logs; the API takes it as a JSON body and refuses it in the URL (rest-handler.ts), so the
 * document says that.
 */
function deleteInputAsBody(document: TOpenApiDocument): void {
  for (const pathItem of Object.values(document.paths ?? {})) {
    const operation = (pathItem as Record<string, { parameters?: TParameter[]; requestBody?: unknown } | undefined>).delete;
    const query = operation?.parameters?.filter((p) => p.in === "query") ?? [];
    if (!operation || query.length === 0) continue;
    operation.parameters = operation.parameters?.filter((p) => p.in !== "query");
    const required = query.filter((p) => p.required).map((p) => p.name ?? "");
    operation.requestBody = {
      required: required.length > 0,
      content: {
        "application/json": {
          schema: {
            type: "object",
            properties: Object.fromEntries(query.map((p) => [p.name ?? "", { ...(p.schema as object), ...(p.description ? { description: p.description } : {}) }])),
            ...(required.length > 0 ? { required } : {}),
          },
        },
      },
    };
  }
}
