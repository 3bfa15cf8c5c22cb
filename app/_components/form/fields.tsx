"use client";

/**
 * Fields bound to the surrounding <Form> by name: value, change, blur and focus through
 * react-hook-form, the error from the schema or the server, the id from the form's id.
 */
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { get, useFormContext, useWatch } from "react-hook-form";
import { PasswordField } from "@/app/_components/password-field";
import { PasswordStrengthMeter } from "@/app/_components/password-strength-meter";
import { SelectField, type SelectFieldProps } from "@/app/_components/select-field";
import { TextField, type TextFieldProps } from "@/app/_components/text-field";
import { TextareaField, type TextareaFieldProps } from "@/app/_components/textarea-field";
import { LEVEL_OPTIONS, TRACK_OPTIONS, VocabularyOptions, type TOptions } from "@/app/_components/vocabulary-options";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/contracts/vocabulary/passwords";
import { useFieldId } from "./form";

type TBound<P> = Omit<P, "id" | "name" | "error" | "value" | "defaultValue" | "defaultChecked" | "onChange" | "onBlur" | "ref"> & { name: string };

/**
 * register() plus the field's id, current error message and the form's default as the element's own
 * default (a value, or a checkbox's checked state): react-hook-form writes defaults into the DOM only once the page has hydrated, so without
 * it the server's HTML showed an empty field (or a select's first option) until then, and a person who
 * typed or chose before hydration saw their choice replaced.
 */
function useBoundField(name: string) {
  const { register, getFieldState, formState } = useFormContext();
  const message = getFieldState(name, formState).error?.message;
  const initial: unknown = get(formState.defaultValues, name);
  return {
    id: useFieldId(name),
    error: typeof message === "string" ? message : undefined,
    defaultValue: typeof initial === "string" || typeof initial === "number" ? initial : undefined,
    defaultChecked: typeof initial === "boolean" ? initial : undefined,
    ...register(name),
  };
}

export function FormTextField({ name, ...props }: TBound<TextFieldProps>) {
  return <TextField {...props} {...useBoundField(name)} />;
}

export function FormEmailField({ name, label, autoComplete = "email", ...props }: Partial<TBound<TextFieldProps>> & { name: string }) {
  const t = useTranslations("components.form");
  const bound = useBoundField(name);
  return <TextField type="email" inputMode="email" spellCheck={false} label={label ?? t("email")} autoComplete={autoComplete} {...props} {...bound} />;
}

/** A password the person already has (sign in, confirming a change). */
export function FormPasswordField({ name, label, autoComplete = "current-password", ...props }: Partial<TBound<TextFieldProps>> & { name: string }) {
  const t = useTranslations("components.form");
  const bound = useBoundField(name);
  return <PasswordField label={label ?? t("password")} autoComplete={autoComplete} {...props} {...bound} />;
}

interface NewPasswordProps {
  name: string;
  label?: string;
  /** Other fields of the form (name, email) whose values a good password should not be built from. */
  userInputFields?: string[];
  /** Values from outside the form with the same purpose (the account's name and email). */
  userInputs?: string[];
}

/** Choosing a password: the policy as a hint, and the strength meter under the field. */
export function FormNewPasswordField({ name, label, userInputFields = [], userInputs = [] }: NewPasswordProps) {
  const t = useTranslations("components.form");
  const bound = useBoundField(name);
  const meterId = `${bound.id}-strength`;
  const [password, ...fromFields] = useWatch({ name: [name, ...userInputFields] }) as unknown[];
  const inputs = [...userInputs, ...fromFields.filter((value): value is string => typeof value === "string")];
  return (
    <div>
      <PasswordField
        label={label ?? t("newPassword")}
        autoComplete="new-password"
        hint={t("newPasswordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        extraDescribedBy={meterId}
        required
        {...bound}
      />
      <PasswordStrengthMeter id={meterId} password={typeof password === "string" ? password : ""} userInputs={inputs} />
    </div>
  );
}

export function FormTextareaField({ name, ...props }: TBound<TextareaFieldProps>) {
  return <TextareaField {...props} {...useBoundField(name)} />;
}

export function FormSelectField({ name, ...props }: TBound<SelectFieldProps>) {
  return <SelectField {...props} {...useBoundField(name)} />;
}

type TChoiceProps = Partial<TBound<Omit<SelectFieldProps, "children">>> & { name: string; label: string; emptyLabel?: string };

/** A select over a fixed vocabulary; `emptyLabel` adds a first "no choice" option with value "". */
function VocabularySelect({ options, emptyLabel, ...props }: TChoiceProps & { options: TOptions }) {
  return (
    <FormSelectField {...props}>
      <VocabularyOptions options={options} emptyLabel={emptyLabel} />
    </FormSelectField>
  );
}

export function FormTrackSelect(props: TChoiceProps) {
  return <VocabularySelect options={TRACK_OPTIONS} {...props} />;
}

export function FormLevelSelect(props: TChoiceProps) {
  return <VocabularySelect options={LEVEL_OPTIONS} {...props} />;
}

/** A checkbox with its label and a one-line explanation tied to it (aria-describedby). */
export function FormCheckboxField({ name, label, hint }: { name: string; label: string; hint: ReactNode }) {
  const { id, error: _error, ...field } = useBoundField(name);
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        {...field}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 h-5 w-5 flex-none rounded border-slate-500 accent-brand-700"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      </div>
    </div>
  );
}
