import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";
import { describedBy, inputClass } from "./field-styles";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** More ids for aria-describedby (e.g. a strength meter under the field). */
  extraDescribedBy?: string;
  /** Rendered inside the field, on the right (e.g. a show-password button). */
  trailing?: ReactNode;
  className?: string;
}

/** A labelled input whose hint and error are tied to it with aria-describedby, and aria-invalid when wrong. */
export function TextField({ id, label, hint, error, optional, extraDescribedBy, trailing, className, ...input }: TextFieldProps) {
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
      <div className={trailing ? "relative" : undefined}>
        <input
          id={id}
          name={input.name ?? id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(errorId, hintId, extraDescribedBy)}
          className={inputClass(Boolean(error), trailing ? "pr-20" : "")}
          {...input}
        />
        {trailing}
      </div>
      {error && errorId ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}
