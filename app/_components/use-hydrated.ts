"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during the server render and hydration, true after. Parts that start from this device's
 * storage (the draft, the timer) or its clock render only then, so server and browser HTML always
 * agree; a button whose action is JavaScript stays marked disabled until it can act (SubmitButton).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
