/**
 * /docs, the REST API reference (Swagger UI rendering /api/openapi.json), audited as ux-walk.spec.ts audits every
 * other page (ux-audit.ts: zero axe violations, no sideways scroll, one h1 and one main, at 1280 and 390 px; with
 * `npm run screenshots`, test-results/ux/docs*.png): on first load, with an operation open in "Try it out" and its
 * response schema shown (where Swagger UI adds inputs, menus, a body editor, tables and code), and after a request.
 * Swagger UI's own markup failed 10 axe rules here, and added a second h1 and main; app/docs/swagger-a11y.ts and
 * swagger-reference.css say how each is met.
 */
import { expect, test } from "./fixtures";
import { auditScreen } from "./ux-audit";

test("the API reference passes axe closed and with an operation open, at 1280 and 390 px", async ({ page }) => {
  // Swagger UI lays out the whole document in the browser: over 20 s on a loaded 2-core machine (api-contract.spec.ts).
  test.setTimeout(180_000);
  await page.goto("/docs");
  const reference = page.getByTestId("swagger-ui");
  await expect(reference.locator(".opblock").first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Endpoints" }).getByRole("heading", { level: 2, name: "Endpoints" })).toBeVisible();
  await expect(reference.getByRole("combobox", { name: "Servers" })).toBeVisible();
  await auditScreen(page, "docs");

  // An operation with path and header parameters and a JSON body, opened as a person would: its button, then "Try it out".
  const operation = reference.locator("#operations-interviews-interviews-submitAnswer");
  const toggle = operation.locator(".opblock-summary-control");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  // Deep links still work without a link inside the button: the address names the open operation.
  await expect(page).toHaveURL(/#\/interviews\/interviews-submitAnswer$/);
  await operation.getByRole("button", { name: "Try it out" }).click();
  await expect(operation.getByRole("button", { name: "Execute" })).toBeVisible();
  // Swagger UI's controls are named after the words it shows beside them.
  await expect(operation.getByRole("textbox", { name: /^id\b/ })).toBeVisible();
  await expect(operation.getByRole("textbox", { name: "Request body" })).toBeVisible();
  await expect(operation.getByRole("region", { name: /^POST \/interviews\/\{id\}\/answers Responses$/ })).toBeVisible();
  // The success response's schema, beside its example.
  const success = operation.locator('tr.response[data-code="202"]');
  await success.getByRole("tab", { name: "Schema" }).click();
  await expect(success.locator(".model-box").first()).toBeVisible();
  await auditScreen(page, "docs-operation");

  // A request sent from the page: the live response (its curl command, URL, body and headers).
  const health = reference.locator("#operations-system-health-get");
  await health.locator(".opblock-summary-control").click();
  await health.getByRole("button", { name: "Try it out" }).click();
  await health.getByRole("button", { name: "Execute" }).click();
  await expect(health.locator(".live-responses-table tbody .response-col_status").first()).toContainText("200");
  await auditScreen(page, "docs-response");
});
