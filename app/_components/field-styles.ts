/** Input borders are slate-500 (4.7:1 on white), so the field's edge meets WCAG's 3:1 for controls. */
export function inputClass(invalid: boolean, extra = ""): string {
  const border = invalid ? "border-red-700" : "border-slate-500";
  return `mt-1 block w-full rounded-lg border ${border} bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 disabled:bg-slate-100 sm:text-sm${extra ? ` ${extra}` : ""}`;
}

/** The ids a field's aria-describedby lists: its error first, so screen readers read it before the hint. */
export function describedBy(...ids: Array<string | undefined | false>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id.length > 0);
  return list.length > 0 ? list.join(" ") : undefined;
}
