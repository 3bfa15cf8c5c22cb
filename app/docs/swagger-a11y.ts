/**
 * What makes the bundled Swagger UI accessible on /docs (axe-clean, as every other page): a plugin for what
 * its plugin API reaches, and one DOM pass for what it does not. Colours are in swagger-reference.css.
 */

/** The slice of Swagger UI's system (its own React 18, not ours: elements must come from its createElement) the plugin uses. */
interface SwaggerSystem {
  React: {
    createElement: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  };
}

interface SpecSelectors {
  loadingStatus: () => string;
  isSwagger2: () => boolean;
  isOAS3: () => boolean;
  isOAS31: () => boolean;
  isOAS32: () => boolean;
  servers: () => { size: number } | undefined;
  securityDefinitions: () => unknown;
}

interface LayoutProps {
  getComponent: (name: string, container?: boolean) => unknown;
  specSelectors: SpecSelectors;
}

export const SWAGGER_LAYOUT = "RehearseLayout";

/**
 * `layout: SWAGGER_LAYOUT` renders Swagger UI's BaseLayout with two differences, since neither can be
 * changed by a setting:
 * - no `<main>` around the operations (BaseLayout's): /docs already has the site's main landmark, and a
 *   second main nested in it is three axe violations (landmark-main-is-top-level, -no-duplicate-main, -unique);
 * - no info block: its title is a second `<h1>` (the page has one, which says the same) followed by the tags'
 *   `<h3>` (heading-order), and the rest of it (description, document link, version) the page's own header
 *   already says, in the reader's language.
 * Every part is still Swagger UI's own component, by name. Until the document has loaded (or when it failed)
 * BaseLayout renders itself: it has no landmark or heading then but its error message.
 *
 * `DeepLink` renders the path as text instead of an `<a href="#/tag/operation">`: Swagger UI puts that link
 * inside the operation's expand button (nested-interactive, and a second tab stop for the same action).
 * Deep linking still works: expanding an operation puts its link in the address bar, and opening that link
 * expands it.
 */
export function accessibleSwaggerPlugin(system: SwaggerSystem) {
  const h = system.React.createElement;

  function RehearseLayout({ getComponent, specSelectors }: LayoutProps) {
    if (specSelectors.loadingStatus() !== "success") return h(getComponent("BaseLayout", true));
    const [SvgAssets, VersionPragmaFilter, Row, Col] = ["SvgAssets", "VersionPragmaFilter", "Row", "Col"].map((name) => getComponent(name));
    const [Errors, ServersContainer, AuthorizeBtnContainer, FilterContainer, Operations, Webhooks, Models] = [
      "errors",
      "ServersContainer",
      "AuthorizeBtnContainer",
      "FilterContainer",
      "operations",
      "Webhooks",
      "Models",
    ].map((name) => getComponent(name, true));
    const hasServers = !!specSelectors.servers()?.size;
    const hasSecurity = !!specSelectors.securityDefinitions();
    const isOAS31 = specSelectors.isOAS31();
    const isOAS32 = specSelectors.isOAS32();
    const fullRow = (child: unknown, className?: string) => h(Row, { className }, h(Col, { mobile: 12, desktop: 12 }, child));
    return h(
      "div",
      { className: "swagger-ui" },
      h(SvgAssets),
      h(
        VersionPragmaFilter,
        { isSwagger2: specSelectors.isSwagger2(), isOAS3: specSelectors.isOAS3(), isOAS31, isOAS32, alsoShow: h(Errors) },
        h(Errors),
        hasServers || hasSecurity
          ? h(
              "div",
              { className: "scheme-container" },
              h(
                Col,
                { className: "schemes wrapper", mobile: 12 },
                hasServers ? h("div", { className: "schemes-server-container" }, h(ServersContainer)) : null,
                hasSecurity ? h(AuthorizeBtnContainer) : null,
              ),
            )
          : null,
        h(FilterContainer),
        // BaseLayout's <main id="operations" tabIndex="-1">, as a div (the id and focus target kept for its skip links).
        h(
          "div",
          { id: "operations", tabIndex: -1, style: { outline: "none" } },
          fullRow(h(Operations)),
          isOAS31 || isOAS32 ? fullRow(h(Webhooks), "webhooks-container") : null,
          fullRow(h(Models)),
        ),
      ),
    );
  }

  function DeepLink({ text }: { text: unknown }) {
    return h("span", { className: "nostyle" }, text);
  }

  return { components: { [SWAGGER_LAYOUT]: RehearseLayout, DeepLink } };
}

const OWN_ID = "swagger-a11y-";
let nextId = 0;

/** Whether the control has a name: an ARIA one, or a <label> with words of its own (Servers wraps its menu in an empty one). */
function hasName(control: Element): boolean {
  if (control.getAttribute("aria-label") || control.getAttribute("aria-labelledby")) return true;
  const own = control.textContent ?? "";
  return Array.from((control as HTMLInputElement).labels ?? []).some((label) => (label.textContent ?? "").replace(own, "").trim() !== "");
}

/**
 * Names the control after the labels' text: by reference (aria-labelledby) to ids of ours, or, when a label
 * has an id of Swagger UI's, by a copy of its text (aria-label): Swagger UI makes some ids afresh on every
 * render (a schema's tabs), which would leave the reference pointing at nothing.
 */
function labelBy(control: Element, ...labels: Array<Element | null | undefined>): void {
  if (hasName(control)) return;
  const found = labels.filter((label): label is Element => !!label);
  if (!found.length) return;
  if (found.some((label) => label.id && !label.id.startsWith(OWN_ID))) {
    control.setAttribute("aria-label", found.map((label) => (label.textContent ?? "").replace(/\s+/g, " ").trim()).join(" "));
    return;
  }
  for (const label of found) if (!label.id) label.id = `${OWN_ID}${++nextId}`;
  control.setAttribute("aria-labelledby", found.map((label) => label.id).join(" "));
}

/**
 * Names Swagger UI's unnamed controls after the text it shows beside them, and makes its scrolling code
 * blocks reachable by keyboard. A DOM pass because no setting or plugin hook reaches these elements: they
 * are rendered deep inside its components (Servers, the parameter rows' JSON-schema inputs, the request
 * body editor, the responses table, the schema viewer, the syntax highlighter), and replacing those components
 * would fork them.
 * Attributes only, never the tree: React leaves attributes it does not manage alone, and each step skips what
 * is already done, so the pass can run after every change.
 * - select-name: the servers menu, by its "Servers" title;
 * - label / select-name: a parameter's input, menu or list (after "Try it out"), by the parameter's name;
 *   the request body's editor, by its "Request body" heading;
 * - button-name: a schema's untitled expand button, by the "Schema" tab above it; the authorization dialog's
 *   × button, by its "Close" button;
 * - landmark-unique: each operation's responses table is a region (role="region") with no name, so two open
 *   operations are two identical landmarks: named "<method> <path> Responses";
 * - scrollable-region-focusable: a code block (an example, a response body) taller than its box scrolls, so
 *   each takes focus (a keyboard scrolls it then).
 */
export function labelSwaggerControls(root: ParentNode): void {
  const servers = root.querySelector("select#servers");
  if (servers) labelBy(servers, servers.closest(".schemes-server-container")?.querySelector(".servers-title"));

  for (const row of Array.from(root.querySelectorAll("tr[data-param-name]"))) {
    const name = row.querySelector(".parameter__name");
    for (const control of Array.from(row.querySelectorAll(".parameters-col_description input, .parameters-col_description select, .parameters-col_description textarea"))) {
      labelBy(control, name);
    }
  }

  for (const section of Array.from(root.querySelectorAll(".opblock-section-request-body"))) {
    const heading = section.querySelector(".opblock-section-header h4");
    for (const control of Array.from(section.querySelectorAll(".opblock-description-wrapper textarea, .opblock-description-wrapper select, .opblock-description-wrapper input"))) {
      labelBy(control, heading);
    }
  }

  for (const table of Array.from(root.querySelectorAll('table.responses-table[role="region"]'))) {
    const operation = table.closest(".opblock");
    const heading = table.closest(".responses-wrapper")?.querySelector(".opblock-section-header h4");
    labelBy(table, operation?.querySelector(".opblock-summary-method"), operation?.querySelector(".opblock-summary-path, .opblock-summary-path__deprecated"), heading);
  }

  // A schema's expand button shows only a chevron when the schema has no title (a response's or request body's
  // root schema): named by the "Schema" tab it is shown under, or else by the type it shows beside it.
  for (const toggle of Array.from(root.querySelectorAll("button.json-schema-2020-12-accordion"))) {
    if ((toggle.textContent ?? "").trim()) continue;
    const tab = toggle.closest(".model-example")?.querySelector('[role="tab"][data-name="model"]');
    labelBy(toggle, tab ?? toggle.closest(".json-schema-2020-12-head")?.querySelector(".json-schema-2020-12__attribute--primary"));
  }

  // The authorization dialog's × button (an icon): named as its "Close" button below.
  for (const close of Array.from(root.querySelectorAll("button.close-modal"))) {
    if (!(close.textContent ?? "").trim()) labelBy(close, close.closest(".modal-ux")?.querySelector("button.btn-done"));
  }

  for (const code of Array.from(root.querySelectorAll(".highlight-code > pre"))) {
    if (!code.hasAttribute("tabindex")) code.setAttribute("tabindex", "0");
  }
}

/**
 * Runs labelSwaggerControls now and after each change Swagger UI makes. In the observer's callback itself
 * (a microtask after React's commit, before the next frame), so no one sees or scans a control unnamed.
 */
export function watchSwaggerControls(root: HTMLElement): () => void {
  const observer = new MutationObserver(() => labelSwaggerControls(root));
  observer.observe(root, { childList: true, subtree: true });
  labelSwaggerControls(root);
  return () => observer.disconnect();
}
