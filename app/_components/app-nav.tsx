import { getTranslations } from "next-intl/server";
import { AppNavLink } from "./app-nav-link";
import { getCurrentUserOrNull } from "./current-user";
import { navListClass, type TNavLayout } from "./nav-layout";

const LINKS = [
  { href: "/dashboard", key: "dashboard" },
  { href: "/practice", key: "practice" },
  { href: "/jobs", key: "jobs" },
  { href: "/progress", key: "progress" },
  { href: "/history", key: "history" },
  { href: "/help", key: "help" },
] as const;

/** The signed-in candidate's own pages; nothing at all for visitors. */
export async function AppNav({ layout = "bar" }: { layout?: TNavLayout } = {}) {
  const [user, t] = await Promise.all([getCurrentUserOrNull(), getTranslations("nav")]);
  if (!user) return null;
  return (
    <nav aria-label={t("appNavLabel")}>
      <ul className={navListClass(layout)}>
        {LINKS.map((link) => (
          <li key={link.href}>
            <AppNavLink href={link.href}>{t(`app.${link.key}`)}</AppNavLink>
          </li>
        ))}
        {user.role === "admin" ? (
          <li>
            <AppNavLink href="/admin">{t("app.admin")}</AppNavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
