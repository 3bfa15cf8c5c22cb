/**
 * Button looks shared by links and buttons, so a "Sign up" link and a submit button match. The focus
 * ring is two-tone: a dark outline with a white halo filling its offset, so it shows on white, on the
 * brand colour and on dark backgrounds alike.
 */
const BASE =
  "inline-flex items-center justify-center gap-2 rounded-lg text-sm font-semibold shadow-sm transition-colors disabled:cursor-wait aria-disabled:cursor-wait " +
  "focus-visible:outline-[3px] focus-visible:outline-offset-2 focus-visible:outline-slate-900 focus-visible:shadow-[0_0_0_2px_#fff]";

const SIZES = {
  md: "px-4 py-2.5",
  sm: "px-3 py-2",
} as const;

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-900 aria-disabled:bg-brand-600 disabled:bg-brand-600",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 aria-disabled:bg-slate-100 disabled:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800 aria-disabled:bg-red-600 disabled:bg-red-600",
} as const;

export type TButtonVariant = keyof typeof VARIANTS;

export function buttonClass(variant: TButtonVariant = "primary", options: { size?: keyof typeof SIZES; extra?: string } = {}): string {
  const { size = "md", extra } = options;
  return `${BASE} ${SIZES[size]} ${VARIANTS[variant]}${extra ? ` ${extra}` : ""}`;
}
