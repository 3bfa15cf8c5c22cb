import { expect, test } from "@playwright/test";
import { sampleFeedback } from "../app/(marketing)/sample-feedback";
import { formatDimensionPoints, formatPoints } from "../app/_components/format";
import { PLANS } from "../server/contracts/vocabulary/plans";
import { getRubric } from "../server/contracts/vocabulary/rubrics";
import { TRACK_NAMES, TRACKS } from "../server/contracts/vocabulary/tracks";
import { saveScreen } from "./screens";

/**
 * The landing page shows what a candidate gets: a feedback card scored by the real built-in
 * analyzer (the test runs the same analyzer and compares), the tracks, the rubrics, the free quota;
 * and shares well: Open Graph/Twitter tags with absolute URLs, an image, a sitemap and robots.txt.
 */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test("the sample feedback card is the analyzer's real score for the sample answer", async ({ page }) => {
  const sample = sampleFeedback();
  await page.goto("/");

  const section = page.getByRole("region", { name: "What you get after every answer" });
  await expect(section.getByText(sample.question.text)).toBeVisible();
  await expect(section.getByRole("blockquote")).toContainText(sample.answer.slice(0, 80));

  const card = section.getByRole("article", { name: "Feedback on this answer" });
  await expect(card).toContainText(`Total: ${sample.score.total} out of 100.`);
  await expect(card).toContainText(`${sample.score.dimensions.length} skills scored against the rubric.`);
  const skills = card.getByRole("group", { name: "Scores per skill" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 5 }) });
  await expect(skills).toHaveCount(sample.score.dimensions.length);
  for (const [index, dimension] of sample.score.dimensions.entries()) {
    const row = skills.nth(index);
    await expect(row.getByRole("heading", { level: 5 })).toHaveText(dimension.label);
    await expect(row).toContainText(`${formatDimensionPoints(dimension.score)}/ out of ${formatPoints(dimension.max)}`);
    if (dimension.evidence[0]) await expect(row).toContainText(dimension.evidence[0]);
  }
  for (const item of [...sample.score.strengths, ...sample.score.improvements]) await expect(card).toContainText(item);
  await expect(card).toContainText(sample.score.followUp!);
  await expect(card).toContainText(`Scored by the built-in analyzer · rubric version ${sample.score.scoredBy.rubricVersion}`);
  // The sample answer sits behind a disclosure, as on the practice page.
  await card.getByText("Show sample answer").click();
  await expect(card.getByText(sample.score.sampleAnswer.slice(0, 60))).toBeVisible();

  // The hero's preview is the same score.
  const preview = page.getByRole("list", { name: "Sample scores per skill" });
  await expect(preview.getByRole("listitem")).toHaveCount(sample.score.dimensions.length);
  await expect(preview.getByRole("listitem").first()).toContainText(sample.score.dimensions[0]!.label);
  await page.getByRole("link", { name: "See the whole feedback card" }).click();
  await expect(page).toHaveURL(/#sample-feedback$/);

  await saveScreen(page, "landing-page");
});

test("tracks link to practice, the rubric, scoring, the free quota and privacy come from their sources", async ({ page }) => {
  await page.goto("/");
  const tracks = page.getByRole("region", { name: "Four tracks, four levels" });
  for (const track of TRACKS) {
    await expect(tracks.getByRole("link", { name: new RegExp(`^${TRACK_NAMES[track]}`) })).toHaveAttribute("href", `/practice?track=${track}`);
  }

  const rubric = page.getByRole("region", { name: "The rubric: what each answer is scored on" });
  for (const track of TRACKS) {
    await expect(rubric.getByRole("heading", { level: 3, name: TRACK_NAMES[track], exact: true })).toBeVisible();
    for (const dimension of getRubric(track).dimensions) await expect(rubric).toContainText(`${dimension.label} (${dimension.max} points) — ${dimension.description}`);
  }

  const scoring = page.getByRole("region", { name: "How scoring works" });
  for (const title of ["The built-in analyzer", "An AI grader, when the site has one", "How sure the score is"]) {
    await expect(scoring.getByRole("heading", { name: title })).toBeVisible();
  }
  // The e2e server has no AI key: the page says every score comes from the built-in analyzer.
  await expect(scoring).toContainText("every score comes from the built-in analyzer");

  const plans = page.getByRole("region", { name: "Free plan and privacy" });
  await expect(plans).toContainText(`${PLANS.free.interviewsPerWindow} interviews every ${PLANS.free.windowDays} days, on the ${PLANS.free.name} plan.`);
  await expect(plans.getByRole("link", { name: "See the plans" })).toHaveAttribute("href", "/pricing");
  await expect(plans.getByRole("link", { name: "Create a free account" })).toHaveAttribute("href", "/sign-up");
  await expect(plans.getByRole("heading", { name: "Your answers stay yours" })).toBeVisible();
  await expect(plans).toContainText("none is sent to an AI provider");
  await expect(plans).toContainText("Export my data");

  // A track card starts that track, through sign-in for a visitor.
  await tracks.getByRole("link", { name: /^Coding/ }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpractice%3Ftrack%3Dcoding$/);
});

test("Open Graph and Twitter tags use absolute APP_URL addresses and the images are PNGs", async ({ page, request, baseURL }) => {
  const base = baseURL!.replace(/\/$/, "");
  await page.goto("/");
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).first();
  await expect(meta('property="og:title"')).toHaveAttribute("content", /Rehearse/);
  await expect(meta('property="og:description"')).toHaveAttribute("content", /interview questions/);
  await expect(meta('property="og:site_name"')).toHaveAttribute("content", "Rehearse");
  await expect(meta('property="og:image"')).toHaveAttribute("content", new RegExp(`^${base}/opengraph-image(\\?|$)`));
  await expect(meta('property="og:image:width"')).toHaveAttribute("content", "1200");
  await expect(meta('property="og:image:height"')).toHaveAttribute("content", "630");
  await expect(meta('property="og:image:alt"')).toHaveAttribute("content", /Rehearse/);
  await expect(meta('name="twitter:card"')).toHaveAttribute("content", "summary_large_image");
  await expect(meta('name="twitter:title"')).toHaveAttribute("content", /Rehearse/);
  await expect(meta('name="twitter:image"')).toHaveAttribute("content", new RegExp(`^${base}/twitter-image(\\?|$)`));
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${base}/?$`));

  // Other public pages share the card.
  await page.goto("/pricing");
  await expect(meta('property="og:image"')).toHaveAttribute("content", new RegExp(`^${base}/opengraph-image`));

  for (const path of ["/opengraph-image", "/twitter-image"]) {
    const started = Date.now();
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const body = await response.body();
    expect(body.subarray(0, 8).equals(PNG_SIGNATURE), `${path} is a PNG`).toBe(true);
    // Rendered offline from bundled assets: no font download to wait for.
    expect(Date.now() - started).toBeLessThan(5_000);
  }
});

test("the sitemap lists the public pages and robots.txt keeps crawlers out of the rest", async ({ request, baseURL }) => {
  const base = baseURL!.replace(/\/$/, "");
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toContain("xml");
  const xml = await sitemap.text();
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locations).toEqual(["/", "/pricing", "/sign-up", "/sign-in", "/contact", "/docs"].map((path) => `${base}${path}`));

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain("User-Agent: *");
  expect(text).toContain("Allow: /");
  for (const path of ["/api/", "/admin", "/dashboard", "/practice", "/settings", "/verify-email", "/reset-password"]) expect(text).toContain(`Disallow: ${path}\n`);
  expect(text).toContain(`Sitemap: ${base}/sitemap.xml`);
});
