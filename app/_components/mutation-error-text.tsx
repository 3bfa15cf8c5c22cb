import { messageOf } from "./use-form-errors";

/**
 * A failed action's own message from the server, in red under the control that started it and
 * announced (role="alert"); nothing while the action has not failed.
 */
export function MutationErrorText({ mutation, className }: { mutation: { isError: boolean; error: unknown }; className?: string }) {
  if (!mutation.isError) return null;
  return (
    <p role="alert" className={className ? `${className} font-medium text-red-700` : "font-medium text-red-700"}>
      {messageOf(mutation.error)}
    </p>
  );
}
