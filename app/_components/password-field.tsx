"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField, type TextFieldProps } from "./text-field";

type PasswordFieldProps = Omit<TextFieldProps, "type" | "trailing">;

/** A password input with a "Show" toggle, so people can check what they typed instead of typing it twice. */
export function PasswordField(props: PasswordFieldProps) {
  const t = useTranslations("components.passwordField");
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      spellCheck={false}
      autoCapitalize="none"
      autoCorrect="off"
      trailing={
        <button
          type="button"
          onClick={() => setVisible((shown) => !shown)}
          aria-controls={props.id}
          className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-brand-50 hover:text-brand-900"
        >
          {visible ? t("hide") : t("show")}
          <span className="sr-only"> {props.label.toLocaleLowerCase()}</span>
        </button>
      }
    />
  );
}
