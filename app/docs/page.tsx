import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import packageJson from "@/package.json";
import { SwaggerReference } from "./swagger-reference";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("docs");
  return { title: t("title") };
}

const CODE = "rounded bg-slate-100 px-1";
const DOCUMENT = "/api/openapi.json";

/** The page's own words follow the language; the OpenAPI reference itself stays English (the REST API's language). */
export default async function DocsPage() {
  const [t, locale] = await Promise.all([getTranslations("docs"), getLocale()]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-900">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        {t.rich("lead", {
          base: "/api/v1",
          tokenCall: "POST /api/v1/auth/token",
          header: "Authorization: Bearer <accessToken>",
          document: DOCUMENT,
          code: (chunks) => <code className={CODE}>{chunks}</code>,
          link: (chunks) => (
            <a className="font-medium text-brand-700 underline" href={DOCUMENT}>
              {chunks}
            </a>
          ),
        })}
      </p>
      {/* The OpenAPI document's info.version (server/http/openapi.ts): Swagger UI's own info block, which showed it, is left out (swagger-a11y.ts). */}
      <p className="mt-2 text-sm text-slate-600">{t("version", { version: packageJson.version })}</p>
      {locale === "en" ? null : <p className="mt-2 max-w-3xl text-sm text-slate-600">{t("englishOnly")}</p>}
      <SwaggerReference text={{ endpoints: t("endpoints"), loading: t("loading"), failed: t("failed", { document: DOCUMENT }) }} />
    </div>
  );
}
