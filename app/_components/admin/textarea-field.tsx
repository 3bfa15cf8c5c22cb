import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";

interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className"> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
}

/** TextField's multi-line twin: label, hint and error tied to the textarea, aria-invalid when wrong. */
export function TextareaField({ id, label, hint, error, optional, className, rows = 4, ...textarea }: TextareaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        dir="auto"
        id={id}
        name={textarea.name ?? id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(errorId, hintId)}
        className={inputClass(Boolean(error), "resize-y")}
        {...textarea}
      />
      {error && errorId ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
