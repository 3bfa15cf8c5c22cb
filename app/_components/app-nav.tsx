import { AppNavLink } from "./app-nav-link";
import { getCurrentUserOrNull } from "./current-user";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/practice", label: "Practice" },
  { href: "/progress", label: "Progress" },
  { href: "/history", label: "History" },
  { href: "/help", label: "Help" },
];

/** The signed-in candidate's own pages; nothing at all for visitors. */
export async function AppNav() {
  const user = await getCurrentUserOrNull();
  if (!user) return null;
  return (
    <nav aria-label="Your practice">
      <ul className="flex flex-wrap items-center gap-1 text-sm font-medium sm:gap-2">
        {LINKS.map((link) => (
          <li key={link.href}>
            <AppNavLink href={link.href}>{link.label}</AppNavLink>
          </li>
        ))}
        {user.role === "admin" ? (
          <li>
            <AppNavLink href="/admin">Admin</AppNavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
