"use client";

import { createContext, useContext, type FormHTMLAttributes, type ReactNode } from "react";
import { FormProvider, type FieldErrors } from "react-hook-form";
import type * as z from "zod";
import { FormAlert } from "@/app/_components/form-alert";
import { fieldDomId } from "@/app/_components/use-form-errors";
import { useFormErrorText } from "./use-form-error-text";
import type { TZodForm, TZodFormSchema } from "./use-zod-form";

const FormIdContext = createContext("form");

/** The DOM id of a field in the surrounding <Form>. */
export function useFieldId(name: string): string {
  return fieldDomId(useContext(FormIdContext), name);
}

/** The first error message whose field has no element on the page (its path, dotted, as in `useFieldId`). */
function unshownMessage(errors: FieldErrors, formId: string, prefix = ""): string | null {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if ("message" in value && typeof value.message === "string") {
      if (!document.getElementById(fieldDomId(formId, path))) return value.message;
    } else {
      const nested = unshownMessage(value as FieldErrors, formId, path);
      if (nested) return nested;
    }
  }
  return null;
}

interface FormProps<S extends TZodFormSchema> extends Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "children"> {
  form: TZodForm<S>;
  /** Called with the schema's parsed output, only when the browser-side check passed. */
  onSubmit: (values: z.output<S>) => unknown;
  /** While true, submitting again does nothing (the button shows its pending label). */
  pending?: boolean;
  className?: string;
  /** Shown first, above the error alert (the form's own heading and intro). */
  header?: ReactNode;
  /** Shown above the fields, below the error alert (e.g. a success message). */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * A `noValidate` form (the schema's messages, not the browser's) with one error alert on top.
 * Each submit starts from a clean form alert; invalid fields get their messages and the first takes focus.
 */
export function Form<S extends TZodFormSchema>({ form, onSubmit, pending = false, className = "space-y-5", header, status, children, ...attributes }: FormProps<S>) {
  const errorText = useFormErrorText();
  const submit = form.handleSubmit(
    (values) => {
      form.setFormError(null);
      return onSubmit(values);
    },
    // A rule about no field on screen (a refinement over several fields, a value with no input) still gets said.
    (errors) => form.setFormError(unshownMessage(errors, form.formId)),
  );
  return (
    <FormProvider {...form}>
      <FormIdContext.Provider value={form.formId}>
        <form
          method="post"
          noValidate
          aria-busy={pending}
          className={className}
          {...attributes}
          onSubmit={(event) => {
            if (pending) return event.preventDefault();
            void submit(event);
          }}
        >
          {header}
          {form.formError ? <FormAlert>{errorText(form.formError)}</FormAlert> : null}
          {status}
          {children}
        </form>
      </FormIdContext.Provider>
    </FormProvider>
  );
}
