"use client";

/**
 * react-hook-form driven by the procedure's own Zod schema: the browser checks with the same rules
 * and words as the server, the server's `details.fields` land on the same fields, and a message
 * that names no field of the form becomes the form's one alert.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type * as z from "zod";
import { fieldDomId, serverErrors } from "@/app/_components/use-form-errors";
import { useZodParseOptions } from "./use-error-text";
import { useFailureText } from "./use-form-error-text";

export type TZodFormSchema = z.ZodType<FieldValues, FieldValues>;

export type TZodForm<S extends TZodFormSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>> & {
  /** Prefix of the fields' DOM ids (`<id>-<field>`). */
  formId: string;
  /** The message about the whole form (network, rate limit, a rule naming no field here), or null. */
  formError: string | null;
  setFormError: (message: string | null) => void;
  /** A failed request: field messages on their fields (focus on the first), anything else as the form alert. */
  failFromServer: (error: unknown) => void;
  idFor: (field: Path<z.input<S>>) => string;
};

interface UseZodFormOptions<S extends TZodFormSchema> {
  /** Unique on the page: fields get ids `<id>-<field>`. */
  id: string;
  defaultValues: DefaultValues<z.input<S>>;
}

export function useZodForm<S extends TZodFormSchema>(schema: S, { id, defaultValues }: UseZodFormOptions<S>): TZodForm<S> {
  const parseOptions = useZodParseOptions();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never, parseOptions) as never,
    defaultValues,
    mode: "onSubmit",
    // After a failed submit, each edit re-checks its field, so a fixed field loses its message at once.
    reValidateMode: "onChange",
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const { setError, getValues } = form;
  const failureText = useFailureText();

  const failFromServer = useCallback(
    (error: unknown) => {
      const names = Object.keys(getValues()) as Array<Path<z.input<S>>>;
      const split = serverErrors(error, names, failureText);
      names
        .filter((name) => split.fields[name])
        .forEach((name, index) => setError(name, { type: "server", message: split.fields[name] }, { shouldFocus: index === 0 }));
      setFormError(split.message);
    },
    [getValues, setError, failureText],
  );

  return Object.assign(form, {
    formId: id,
    formError,
    setFormError,
    failFromServer,
    idFor: (field: Path<z.input<S>>) => fieldDomId(id, field),
  });
}
