// Filters and search: which events are shown. Within a facet the ticked values are alternatives
// (protest or riot); across facets they all apply (a protest, and stated as fact). Each value shows
// how many events it would show given the other filters. Minor events are shown only when "Minor
// events" is ticked (off by default): it is one more filter, with the count of the minor events that
// pass the others.

const FACETS = [
  { key: "standing", title: "Standing", values: (e) => [e.standing] },
  { key: "type", title: "Type", values: (e) => [e.type.id] },
  { key: "actor", title: "Actor", values: (e) => e.actors.map((a) => a.n) },
  { key: "place", title: "Place", values: (e) => (e.place ? [e.place] : []) },
  { key: "source", title: "Source", values: (e) => e.sources },
];

/** The empty filter state: nothing ticked, no search, no date range, minor events left out. */
function emptyFilters() {
  const f = { q: "", from: null, to: null, minor: false };
  for (const facet of FACETS) f[facet.key] = new Set();
  return f;
}

function filtersActive(f) {
  return f.q !== "" || f.from !== null || f.to !== null || f.minor || FACETS.some((facet) => f[facet.key].size > 0);
}

/** Whether an event passes the search and date range. */
function passesTextAndDates(e, f, words) {
  if (words.length) {
    const text = searchTextOf(e);
    for (const w of words) if (!text.includes(w)) return false;
  }
  if (f.from !== null || f.to !== null) {
    // Undated events have no place in a date range.
    if (!e.dated) return false;
    if (f.from !== null && e.end <= f.from) return false;
    if (f.to !== null && e.start >= f.to + 1) return false;
  }
  return true;
}

function passesFacet(e, facet, f) {
  const chosen = f[facet.key];
  if (chosen.size === 0) return true;
  for (const v of facet.values(e)) if (chosen.has(v)) return true;
  return false;
}

function searchWords(q) {
  return foldText(q).split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Applies the filters: the events shown (in chronological order), the minor events that pass every
 * other filter but are left out because "Minor events" is not ticked (`hiddenMinor`), and, per facet,
 * the count of each value among the events that pass every other filter (`counts.minor`: the minor
 * events that pass every filter but that one).
 */
function applyFilters(model, f) {
  const words = searchWords(f.q);
  const shown = [];
  const hiddenMinor = [];
  const counts = { minor: 0 };
  for (const facet of FACETS) counts[facet.key] = new Map();
  for (const e of model.chronological) {
    if (!passesTextAndDates(e, f, words)) continue;
    // The minor filter fails an event as a facet would (null: not a facet's).
    let failed = null, failures = 0;
    if (e.minor && !f.minor) {
      failures = 1;
    }
    for (const facet of FACETS) {
      if (!passesFacet(e, facet, f)) {
        failures++;
        failed = facet;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) shown.push(e);
    if (e.minor && failed === null) {
      counts.minor++;
      if (failures === 1) hiddenMinor.push(e);
    }
    for (const facet of FACETS) {
      if (failures === 1 && facet !== failed) continue;
      const m = counts[facet.key];
      const list = facet.values(e);
      for (const v of list.length > 1 ? new Set(list) : list) m.set(v, (m.get(v) || 0) + 1);
    }
  }
  return { shown, hiddenMinor, counts };
}

/** Every value of each facet with its total count, most frequent first (standings in their fixed
 *  order): by the count among events that are not minor, so that values only minor events have come last. */
function facetValues(model) {
  const out = {};
  for (const facet of FACETS) {
    const totals = new Map(), salient = new Map();
    for (const e of model.events) {
      const list = facet.values(e);
      for (const v of list.length > 1 ? new Set(list) : list) {
        totals.set(v, (totals.get(v) || 0) + 1);
        if (!e.minor) salient.set(v, (salient.get(v) || 0) + 1);
      }
    }
    let values = [...totals.entries()].map(([value, total]) => ({ value, total, salient: salient.get(value) || 0 }));
    if (facet.key === "standing") {
      values = STANDINGS.filter((s) => totals.has(s.id)).map((s) => ({ value: s.id, total: totals.get(s.id), salient: salient.get(s.id) || 0 }));
    } else {
      values.sort((a, b) => b.salient - a.salient || b.total - a.total || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
    out[facet.key] = values;
  }
  return out;
}

/** How a facet value is written in the filter list. */
function facetValueName(model, key, value) {
  if (key === "standing") return STANDINGS.find((s) => s.id === value).name;
  if (key === "type") return model.types.find((t) => t.id === value).n;
  return value;
}

const FACET_SHORT_LIST = 8;
/** At most this many values of a facet are listed at once; a box narrows long lists (actors, places). */
const FACET_LONG_LIST = 200;

/**
 * The filter panel: one fieldset per facet (checkboxes with counts, the first few shown and the rest
 * behind "show all", a box to narrow long lists), the date range and "clear". `onChange` is called
 * after every change of the state object it was given. A value's row is made when it is first listed,
 * so a corpus with thousands of actors does not make thousands of checkboxes up front.
 */
function buildFilterPanel(container, model, state, onChange) {
  const values = facetValues(model);
  const sections = [];
  let counts = null;

  // Minor events: one box, off by default, with the count of minor events the other filters let through.
  if (model.minorCount > 0) {
    const box = el("input", { type: "checkbox", id: "f-minor", value: "shown" });
    box.addEventListener("change", () => {
      state.minor = box.checked;
      onChange();
    });
    const count = el("span", { className: "count" });
    const li = el("li", null, el("label", { for: "f-minor" }, box, minorSwatch(), el("span", { className: "value-name" }, "Show on the timeline"), count));
    container.appendChild(el("fieldset", { className: "facet", "data-facet": "minor" },
      el("legend", null, "Minor events"),
      el("ul", { className: "facet-values" }, li),
      el("p", { className: "facet-note" }, "Verbs and event nouns of no salient type, drawn small and grey.")));
    sections.push(() => {
      box.checked = state.minor;
      if (!counts) return;
      count.textContent = thousands(counts.minor);
      li.classList.toggle("empty", counts.minor === 0);
    });
  }
  for (const facet of FACETS) {
    const list = values[facet.key];
    if (list.length === 0) continue;
    // A facet whose values only minor events have is shown when they are.
    const onlyMinor = list.every((v) => v.salient === 0);
    // The state's sets are replaced when the filters are cleared or read from the address: look them up each time.
    const chosen = { has: (v) => state[facet.key].has(v) };
    const fieldset = el("fieldset", { className: "facet", "data-facet": facet.key });
    fieldset.appendChild(el("legend", null, facet.title));
    let narrow = null;
    if (list.length > 20) {
      const what = (/^[aeiou]/i.test(facet.title) ? "an " : "a ") + facet.title.toLowerCase();
      narrow = el("input", { type: "search", className: "narrow", placeholder: "Find " + what + "…", "aria-label": "Find " + what + " in the list" });
      narrow.addEventListener("input", () => refresh());
      fieldset.appendChild(narrow);
    }
    const ul = el("ul", { className: "facet-values" });
    fieldset.appendChild(ul);
    const note = el("p", { className: "facet-note", hidden: true });
    fieldset.appendChild(note);
    const rows = list.map(({ value, salient }, k) => ({ value, k, salient, name: foldText(facetValueName(model, facet.key, value)), li: null }));

    function makeRow(row) {
      const id = "f-" + facet.key + "-" + row.k;
      const box = el("input", { type: "checkbox", id, value: row.value });
      box.addEventListener("change", () => {
        if (box.checked) state[facet.key].add(row.value);
        else state[facet.key].delete(row.value);
        onChange();
      });
      const swatch = facet.key === "type" ? typeSwatch(model.types.find((t) => t.id === row.value))
        : facet.key === "standing" ? standingSwatch(row.value) : null;
      row.box = box;
      row.count = el("span", { className: "count" });
      row.li = el("li", null, el("label", { for: id }, box, swatch, el("span", { className: "value-name" }, facetValueName(model, facet.key, row.value)), row.count));
      // Rows stay in the list's order: before the first made row that comes later.
      const after = rows.find((r) => r.k > row.k && r.li && r.li.parentNode === ul);
      ul.insertBefore(row.li, after ? after.li : null);
    }

    let more = null;
    if (list.length > FACET_SHORT_LIST) {
      more = el("button", { type: "button", className: "more", "aria-expanded": "false" });
      more.addEventListener("click", () => {
        fieldset.classList.toggle("expanded");
        more.setAttribute("aria-expanded", String(fieldset.classList.contains("expanded")));
        refresh();
      });
      fieldset.appendChild(more);
    }

    function refresh() {
      const expanded = fieldset.classList.contains("expanded");
      const words = narrow ? searchWords(narrow.value) : [];
      const limit = expanded || words.length ? FACET_LONG_LIST : FACET_SHORT_LIST;
      let listed = 0, matching = 0, available = 0;
      for (const row of rows) {
        // A value only minor events have is listed when they are shown (or when it is ticked).
        const offered = state.minor || row.salient > 0;
        if (offered) available++;
        const matches = offered && words.every((w) => row.name.includes(w));
        if (matches) matching++;
        // Ticked values are always listed.
        const visible = chosen.has(row.value) || (matches && listed < limit);
        if (visible && !chosen.has(row.value)) listed++;
        if (visible && !row.li) makeRow(row);
        if (!row.li) continue;
        row.li.hidden = !visible;
        row.box.checked = chosen.has(row.value);
        if (counts) {
          const n = counts[facet.key].get(row.value) || 0;
          row.count.textContent = String(n);
          row.li.classList.toggle("empty", n === 0);
        }
      }
      if (more) {
        more.hidden = available <= FACET_SHORT_LIST;
        more.textContent = expanded ? "Show fewer" : "Show all " + available;
      }
      note.hidden = limit < FACET_LONG_LIST || matching <= limit;
      note.textContent = "The first " + limit + " of " + matching + " are listed: type in the box to find the others.";
    }
    sections.push(() => {
      fieldset.hidden = onlyMinor && !state.minor && !list.some((v) => chosen.has(v.value));
      refresh();
    });
    container.appendChild(fieldset);
  }

  // Date range.
  const span = spanOf(model.events);
  const from = el("input", { type: "date", id: "f-from", "aria-label": "From" });
  const to = el("input", { type: "date", id: "f-to", "aria-label": "To" });
  if (span) {
    from.min = to.min = isoText(span[0]);
    from.max = to.max = isoText(span[1] - 1);
  }
  const onDates = () => {
    state.from = from.value ? parseISO(from.value) : null;
    state.to = to.value ? parseISO(to.value) : null;
    onChange();
  };
  from.addEventListener("change", onDates);
  to.addEventListener("change", onDates);
  container.appendChild(el("fieldset", { className: "facet dates", "data-facet": "dates" },
    el("legend", null, "Date range"),
    el("div", { className: "date-row" }, el("label", { for: "f-from" }, "From"), from),
    el("div", { className: "date-row" }, el("label", { for: "f-to" }, "To"), to)));

  return {
    /** Shows the counts of the last `applyFilters` and the state's ticks (after a change from outside). */
    update(newCounts) {
      counts = newCounts;
      for (const refresh of sections) refresh();
      from.value = state.from === null ? "" : isoText(state.from);
      to.value = state.to === null ? "" : isoText(state.to);
    },
  };
}
