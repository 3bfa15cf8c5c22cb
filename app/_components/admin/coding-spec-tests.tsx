"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { buttonClass } from "@/app/_components/button-styles";
import { FormCheckboxField, FormTextareaField, FormTextField } from "@/app/_components/form/fields";
import { MAX_TESTS, type TCodingSpecFormValues } from "@/server/contracts/coding-spec";

const small = buttonClass("secondary", { size: "sm", extra: "px-2" });

/** The test list: name, arguments and expected value as JSON, visible or hidden, order of the result. */
export function CodingSpecTests() {
  const { control } = useFormContext<TCodingSpecFormValues>();
  const list = useFieldArray({ control, name: "tests", keyName: "key" });
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-sm font-semibold text-slate-900">Tests</legend>
      <p className="text-sm text-slate-600">
        Arguments are a JSON array passed to the function in order; <code className="font-mono">{'{"$gen": …}'}</code> describes a large generated input. Hidden
        tests are run only on submitted answers.
      </p>
      <ol className="space-y-3">
        {list.fields.map((field, index) => (
          <li key={field.key} className="rounded-lg border border-slate-200 p-3" data-testid="coding-test">
            <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
              <FormTextField name={`tests.${index}.name`} label={`Test ${index + 1} name`} maxLength={80} autoComplete="off" />
              <div className="flex items-end">
                <button type="button" className={small} onClick={() => list.remove(index)}>
                  Remove<span className="sr-only"> test {index + 1}</span>
                </button>
              </div>
            </div>
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <FormTextareaField name={`tests.${index}.args`} label="Arguments (JSON array)" rows={2} spellCheck={false} className="[&_textarea]:font-mono" />
              <FormTextareaField name={`tests.${index}.expected`} label="Expected (JSON)" rows={2} spellCheck={false} className="[&_textarea]:font-mono" />
            </div>
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <FormCheckboxField name={`tests.${index}.hidden`} label="Hidden" hint="Not shown to candidates; run on submit." />
              <FormCheckboxField name={`tests.${index}.unordered`} label="Any order" hint="The returned list may come back in any order." />
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={small}
        disabled={list.fields.length >= MAX_TESTS.examples + MAX_TESTS.hidden}
        onClick={() => list.append({ name: `test ${list.fields.length + 1}`, args: "[]", expected: "null", hidden: true, unordered: false })}
      >
        Add a test
      </button>
    </fieldset>
  );
}
