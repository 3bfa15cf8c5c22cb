/** The header's links in the bar (wide screens) or stacked in the Menu panel (phones, tablets). */
export type TNavLayout = "bar" | "menu";

export function navListClass(layout: TNavLayout): string {
  return layout === "menu"
    ? "flex flex-col gap-1 text-base font-medium [&_a]:block [&_a]:py-2.5"
    : "flex items-center gap-1 text-sm font-medium xl:gap-2";
}
