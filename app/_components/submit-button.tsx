"use client";

import type { MouseEvent, ReactNode } from "react";
import { buttonClass, type TButtonVariant } from "./button-styles";
import { Spinner } from "./spinner";
import { useHydrated } from "./use-hydrated";

interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  /** What the button says while the request runs. */
  pendingLabel?: string;
  variant?: TButtonVariant;
  size?: "md" | "sm";
  className?: string;
  /** "button" for an action outside a form's submit (e.g. "Resend the email"). */
  type?: "submit" | "button";
  onClick?: () => void;
}

/**
 * Disabled while its request runs, with a spinner and a "…ing" label. aria-disabled rather than
 * `disabled`: a disabled button drops keyboard focus to the page, and the person would have to
 * find their place again; this one keeps focus and ignores presses instead. Forms using it also
 * ignore submits (the Enter key) while pending. A `type="button"` one acts only through JavaScript,
 * so until the page is hydrated it is marked disabled too: a press before then would do nothing and
 * say nothing (a browser test clicking "Resend the email" as soon as it appeared lost the press).
 */
export function SubmitButton({
  pending,
  children,
  pendingLabel = "Saving…",
  variant = "primary",
  size = "md",
  className = "",
  type = "submit",
  onClick,
}: SubmitButtonProps) {
  const hydrated = useHydrated();
  const inactive = pending || (type === "button" && !hydrated);
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.();
  }
  return (
    <button type={type} aria-disabled={inactive || undefined} onClick={handleClick} className={buttonClass(variant, { size, extra: className })}>
      {pending ? (
        <>
          <Spinner />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
