"use client";

import type { ComponentProps } from "react";
import type * as z from "zod";
import { Form } from "./form";
import type { TZodFormSchema } from "./use-zod-form";

/** What the form needs of a tRPC (react-query) mutation: `api.<router>.<proc>.useMutation()` fits. */
interface TFormMutation<TInput> {
  mutate: (input: TInput, options: { onError: (error: unknown) => void; onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  isSuccess: boolean;
}

type TMutationFormProps<S extends TZodFormSchema, TInput> = Omit<ComponentProps<typeof Form<S>>, "onSubmit" | "pending" | "onChange"> & {
  mutation: TFormMutation<TInput>;
  /** The procedure's input from the form's parsed values (add the ids the form does not show). */
  input: (values: z.output<S>) => TInput;
  /** Empty the fields after a success (a message sent); leave them for a setting that stays as chosen. */
  resetOnSuccess?: boolean;
  onSuccess?: () => void;
};

/**
 * A <Form> that sends one mutation: pending while it runs, the server's field errors back on the
 * fields, and the mutation's success (the "Sent." note shown from `mutation.isSuccess`) forgotten
 * at the next edit, because it speaks of what was sent, not of what is now in the fields.
 */
export function MutationForm<S extends TZodFormSchema, TInput>({ form, mutation, input, resetOnSuccess = false, onSuccess, ...props }: TMutationFormProps<S, TInput>) {
  return (
    <Form
      {...props}
      form={form}
      pending={mutation.isPending}
      onSubmit={(values) =>
        mutation.mutate(input(values), {
          onError: form.failFromServer,
          onSuccess: () => {
            if (resetOnSuccess) form.reset();
            onSuccess?.();
          },
        })
      }
      onChange={() => {
        if (mutation.isSuccess) mutation.reset();
      }}
    />
  );
}
