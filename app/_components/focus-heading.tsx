"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The page's h1 when it replaces a form with an outcome ("Check your inbox", "Verified"): focus
 * moves to it, so keyboard and screen-reader users start from the news instead of the page top.
 * No focus ring: it is not a control, just where reading resumes (an inline style, because the
 * global :focus-visible rule sits outside Tailwind's layers and would win over a utility class).
 */
export function FocusHeading({ children, className = "" }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} style={{ outline: "none" }} className={`text-2xl font-bold tracking-tight text-slate-900 ${className}`}>
      {children}
    </h1>
  );
}
