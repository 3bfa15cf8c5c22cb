import { getTranslations } from "next-intl/server";
import { AppNavLink } from "./app-nav-link";
import { getCurrentUserOrNull } from "./current-user";
import { navListClass, type TNavLayout } from "./nav-layout";

/** Each section lives at /<section>; its name is nav.app.<section>. */
const SECTIONS = ["dashboard", "practice", "jobs", "progress", "history", "help"] as const;

/** The signed-in candidate's own pages; nothing at all for visitors. */
export async function AppNav({ layout = "bar" }: { layout?: TNavLayout } = {}) {
  const [user, t] = await Promise.all([getCurrentUserOrNull(), getTranslations("nav")]);
  if (!user) return null;
  return (
    <nav aria-label={t("appNavLabel")}>
      <ul className={navListClass(layout)}>
        {SECTIONS.map((section) => (
          <li key={section}>
            <AppNavLink href={`/${section}`}>{t(`app.${section}`)}</AppNavLink>
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
