import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";
import { inputClass } from "./field-styles";

export interface TextFieldProps extends FieldFrameProps, Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  ref?: Ref<HTMLInputElement>;
  /** Rendered inside the field, on the right (e.g. a show-password button). */
  trailing?: ReactNode;
}

/** A labelled input whose hint and error are tied to it with aria-describedby, and aria-invalid when wrong. */
export function TextField({ id, label, hint, error, optional, extraDescribedBy, trailing, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} extraDescribedBy={extraDescribedBy} className={className}>
      {(aria) => (
        <div className={trailing ? "relative" : undefined}>
          <input id={id} name={input.name ?? id} {...aria} className={inputClass(Boolean(error), trailing ? "pr-20" : "")} {...input} />
          {trailing}
        </div>
      )}
    </FieldFrame>
  );
}
