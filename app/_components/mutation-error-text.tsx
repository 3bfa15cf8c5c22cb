"use client";

import { useFailureText } from "./form/use-form-error-text";

/**
 * A failed action's own message from the server, in red under the control that started it and
 * announced (role="alert"), in the reader's language; nothing while the action has not failed.
 */
export function MutationErrorText({ mutation, className }: { mutation: { isError: boolean; error: unknown }; className?: string }) {
  const failureText = useFailureText();
  if (!mutation.isError) return null;
  return (
    <p role="alert" className={className ? `${className} font-medium text-red-700` : "font-medium text-red-700"}>
      {failureText(mutation.error)}
    </p>
  );
}
