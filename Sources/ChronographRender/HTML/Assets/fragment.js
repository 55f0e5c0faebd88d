// The view in the URL fragment, so that a view can be shared or bookmarked:
// #q=riot&type=protest&type=riot&standing=fact&actor=…&place=…&source=…&from=2022-01-01&to=2022-02-01
//  &minor=1&lanes=actor&view=2022-01-01/2022-03-01&event=<event id>
// Parameters are percent-encoded (URLSearchParams); unknown ones are ignored.

/** Reads a fragment into {filters, lanes, view: [start, end] | null, event: id | null}. */
function readFragment(hash) {
  const params = new URLSearchParams(String(hash || "").replace(/^#/, ""));
  const filters = emptyFilters();
  filters.q = params.get("q") || "";
  for (const facet of FACETS) for (const v of params.getAll(facet.key)) filters[facet.key].add(v);
  filters.from = params.has("from") ? parseISO(params.get("from")) : null;
  filters.to = params.has("to") ? parseISO(params.get("to")) : null;
  filters.minor = params.get("minor") === "1";
  let view = null;
  const v = params.get("view");
  if (v && v.includes("/")) {
    const [a, b] = v.split("/").map(parseISO);
    if (a !== null && b !== null && b > a) view = [a, b];
  }
  return { filters, lanes: params.get("lanes") === "actor" ? "actor" : "type", view, event: params.get("event") };
}

/** The fragment for a state (without the `#`). */
function writeFragment(state) {
  const params = new URLSearchParams();
  const f = state.filters;
  if (f.q) params.set("q", f.q);
  for (const facet of FACETS) for (const v of [...f[facet.key]].sort()) params.append(facet.key, v);
  if (f.from !== null) params.set("from", isoText(f.from));
  if (f.to !== null) params.set("to", isoText(f.to));
  if (f.minor) params.set("minor", "1");
  if (state.lanes !== "type") params.set("lanes", state.lanes);
  if (state.view) {
    const [a, b] = state.view;
    const fine = b - a < 4;
    params.set("view", isoText(a, fine) + "/" + isoText(b, fine));
  }
  if (state.event) params.set("event", state.event);
  return params.toString();
}
