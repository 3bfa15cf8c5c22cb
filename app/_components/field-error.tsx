"use client";

import { useTranslations } from "next-intl";
import { useFormErrorText } from "./form/use-form-error-text";
import { SolidIcon } from "./icons";

/** A field's error, in the reader's language (the schemas and the server write English). */
export function FieldError({ id, message }: { id: string; message: string }) {
  const t = useTranslations("errors");
  const errorText = useFormErrorText();
  return (
    <p id={id} className="mt-1 flex items-start gap-1 text-sm font-medium text-red-700">
      <SolidIcon name="exclamationCircle" />
      <span>
        <span className="sr-only">{t("errorPrefix")}</span>
        {errorText(message)}
      </span>
    </p>
  );
}
