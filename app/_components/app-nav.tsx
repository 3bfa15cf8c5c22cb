import { AppNavLink } from "./app-nav-link";
import { getCurrentUserOrNull } from "./current-user";
import { navListClass, type TNavLayout } from "./nav-layout";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/practice", label: "Practice" },
  { href: "/jobs", label: "Jobs" },
  { href: "/progress", label: "Progress" },
  { href: "/history", label: "History" },
  { href: "/help", label: "Help" },
];

/** The signed-in candidate's own pages; nothing at all for visitors. */
export async function AppNav({ layout = "bar" }: { layout?: TNavLayout } = {}) {
  const user = await getCurrentUserOrNull();
  if (!user) return null;
  return (
    <nav aria-label="Your practice">
      <ul className={navListClass(layout)}>
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
