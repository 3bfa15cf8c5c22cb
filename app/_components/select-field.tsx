import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";
import { inputClass } from "./field-styles";

export interface SelectFieldProps extends FieldFrameProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> {
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

export function SelectField({ id, label, hint, error, optional, extraDescribedBy, children, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} extraDescribedBy={extraDescribedBy} className={className}>
      {(aria) => (
        <select id={id} name={select.name ?? id} {...aria} className={inputClass(Boolean(error))} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
