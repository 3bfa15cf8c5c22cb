import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FieldError } from "./field-error";
import { describedBy } from "./field-styles";

/** What the control inside a FieldFrame spreads onto itself. */
export interface TFieldAria {
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** More ids for aria-describedby (e.g. a strength meter under the field). */
  extraDescribedBy?: string;
  className?: string;
}

/**
 * Label, hint and error around one control, tied to it with aria-describedby (the error first, so
 * screen readers read it before the hint) and aria-invalid when wrong.
 */
export function FieldFrame({ id, label, hint, error, optional, extraDescribedBy, className, children }: FieldFrameProps & { children: (aria: TFieldAria) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {optional ? <OptionalMark /> : null}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(errorId, hintId, extraDescribedBy) })}
      {error && errorId ? <FieldError id={errorId} message={error} /> : null}
    </div>
  );
}

function OptionalMark() {
  const t = useTranslations("components.form");
  return <span className="font-normal text-slate-600"> {t("optional")}</span>;
}
