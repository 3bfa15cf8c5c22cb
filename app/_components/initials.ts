/**
 * Up to two initials from a display name, letters only: a name typed with markup or symbols
 * ("<b>Mia</b>", "@mia") still gives "M", never "<" or "@". Digits and punctuation are skipped,
 * any script's letters count (an Arabic or Chinese name gives its own first letter).
 */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((part) => Array.from(part.replace(/<[^>]*>/g, "")).find((character) => /\p{L}/u.test(character)) ?? "")
    .filter(Boolean)
    .slice(0, 2)
    .join("");
  return letters.toUpperCase() || "?";
}
