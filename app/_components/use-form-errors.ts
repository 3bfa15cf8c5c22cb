"use client";

/**
 * Field and form errors for the account forms: the same Zod schema the procedure uses checks the
 * form first, the server's `details.fields` land on the same fields, and after every failed submit
 * focus moves to the first field in error (screen readers then read its label and error).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ZodType } from "zod";

export type TFieldErrors<F extends string> = Partial<Record<F, string>>;

interface TServerErrorShape {
  message?: unknown;
  data?: { appCode?: unknown; details?: unknown } | null;
}

export const NETWORK_ERROR_MESSAGE = "We couldn’t reach Rehearse. Check your connection and try again.";
const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** The app code of a tRPC error (`VALIDATION_ERROR`, `RATE_LIMITED`…), or null for network failures. */
export function appCodeOf(error: unknown): string | null {
  const data = (error as TServerErrorShape | null)?.data;
  return data && typeof data.appCode === "string" ? data.appCode : null;
}

/** The message to show for a failed request that names no field of the form. */
export function messageOf(error: unknown): string {
  const shape = error as TServerErrorShape | null;
  if (!shape?.data) return NETWORK_ERROR_MESSAGE;
  return typeof shape.message === "string" && shape.message ? shape.message : GENERIC_ERROR_MESSAGE;
}

function serverFieldMessages(error: unknown): Record<string, string> {
  const details = (error as TServerErrorShape | null)?.data?.details;
  const fields = details && typeof details === "object" ? (details as { fields?: unknown }).fields : undefined;
  if (!fields || typeof fields !== "object") return {};
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/**
 * Splits a tRPC error into per-field messages (for fields this form has) and a form message (for
 * the rest). When the server names one field, its top-level message is the readable one
 * ("Your password is not correct." rather than "incorrect"), so that is what the field shows.
 * `describe` words the top-level message (useFailureText: the catalog entry the error's details name).
 */
export function serverErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  describe: (error: unknown) => string = messageOf,
): { fields: TFieldErrors<F>; message: string | null } {
  const messages = serverFieldMessages(error);
  const known = Object.keys(messages).filter((key): key is F => (fields as readonly string[]).includes(key));
  if (known.length === 0) return { fields: {}, message: describe(error) };
  const single = known.length === 1 && Object.keys(messages).length === 1 && !messageOf(error).startsWith("Invalid input");
  const result: TFieldErrors<F> = {};
  for (const key of known) result[key] = single ? describe(error) : messages[key];
  return { fields: result, message: null };
}

/** Checks values with a Zod schema; the first message per field, keyed by dotted path. */
export function validate<T, F extends string>(
  schema: ZodType<T>,
  values: unknown,
  fields: readonly F[],
): { ok: true; data: T } | { ok: false; fields: TFieldErrors<F>; message: string | null } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const result: TFieldErrors<F> = {};
  let message: string | null = null;
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".");
    if ((fields as readonly string[]).includes(key)) result[key as F] ??= issue.message;
    else message ??= issue.message;
  }
  return { ok: false, fields: result, message };
}

export function fieldDomId(formId: string, field: string): string {
  return `${formId}-${field.replace(/\./g, "-")}`;
}

/**
 * Error state for one form. `fail` records errors and moves focus to the first field in error
 * (in the form's field order) once they are on screen; with no field in error, the form message
 * (role="alert") is announced instead and focus stays where it was.
 */
export function useFormErrors<F extends string>(formId: string, order: readonly F[]) {
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const focusPending = useRef<F | null>(null);

  useEffect(() => {
    const field = focusPending.current;
    if (!field) return;
    focusPending.current = null;
    document.getElementById(fieldDomId(formId, field))?.focus();
  });

  const fail = useCallback(
    (fields: TFieldErrors<F>, message: string | null = null) => {
      setFieldErrors(fields);
      setFormError(message);
      focusPending.current = order.find((field) => fields[field]) ?? null;
    },
    [order],
  );

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  /** Editing a field clears its error: the message was about the old value. */
  const clearField = useCallback((field: F) => {
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  return {
    fieldErrors,
    formError,
    fail,
    reset,
    clearField,
    /** Records a failed request: field messages on their fields, anything else as the form message. */
    failFromServer: useCallback(
      (error: unknown) => {
        const split = serverErrors(error, order);
        fail(split.fields, split.message);
      },
      [fail, order],
    ),
    idFor: (field: F) => fieldDomId(formId, field),
  };
}
