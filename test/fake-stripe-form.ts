type TJson = Record<string, unknown>;

/** Form bodies (and query strings) as the Stripe SDK sends them (`a[b][0][c]=v`) back into nested objects and arrays. */
export function parseStripeForm(body: string): TJson {
  const root: TJson = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: TJson = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) {
        node[segment] = value;
        return;
      }
      node[segment] ??= {};
      node = node[segment] as TJson;
    });
  }
  return arrayify(root) as TJson;
}

function arrayify(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value as TJson).map(([key, inner]) => [key, arrayify(inner)] as const);
  const numeric = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key));
  return numeric ? entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, inner]) => inner) : Object.fromEntries(entries);
}
