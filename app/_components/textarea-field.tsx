import type { Ref, TextareaHTMLAttributes } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";
import { inputClass } from "./field-styles";

export interface TextareaFieldProps extends FieldFrameProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className"> {
  ref?: Ref<HTMLTextAreaElement>;
}

/** TextField's multi-line twin: label, hint and error tied to the textarea, aria-invalid when wrong. */
export function TextareaField({ id, label, hint, error, optional, extraDescribedBy, className, rows = 4, ...textarea }: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} extraDescribedBy={extraDescribedBy} className={className}>
      {(aria) => <textarea dir="auto" id={id} name={textarea.name ?? id} rows={rows} {...aria} className={inputClass(Boolean(error), "resize-y")} {...textarea} />}
    </FieldFrame>
  );
}
