import type { ComponentProps, ReactNode } from "react";
import { SubmitButton } from "@/app/_components/submit-button";

type TSubmitProps = Pick<ComponentProps<typeof SubmitButton>, "pending" | "pendingLabel" | "variant" | "size">;

/**
 * The submit button and, beside it, a polite status line for the outcome ("Saved.", "Sent."):
 * always rendered, so screen readers announce the text when it appears.
 */
export function FormFooter({ children, done, ...button }: TSubmitProps & { children: ReactNode; done?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton {...button}>{children}</SubmitButton>
      <p role="status" className="text-sm font-medium text-green-800">
        {done || ""}
      </p>
    </div>
  );
}
