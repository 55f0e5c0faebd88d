// The embedded graph, read once into event objects the other parts share.
//
// The data (written by TimelinePageData.swift) keeps repeated strings in tables and uses short keys:
// event `l` label, `t` type, `f` factuality, `s`/`e` first day and the day after the last (days since
// 1970-01-01), `h` minutes of the day, `w` date in words, `q` qualifier, `c` certainty, `x` time
// expression, `v` TIMEX3 value, `st` standing, `cl` claimant, `cw` claimant as written, `a` actors,
// `ar` roles, `p` place, `pa` parent, `ph` phase, `m` mentions, `al` other sources' dates, `cf`
// conflicts; mention `d` document, `x` sentence, `tr` trigger, `s` source, `u` link.

// The four standings the filters offer, and the factuality values each covers.
const STANDINGS = [
  { id: "fact", name: "stated as fact", values: ["asserted"] },
  { id: "claimed", name: "reported / claimed", values: ["reported"] },
  { id: "planned", name: "planned, intended or conditional", values: ["planned", "intended", "hypothetical"] },
  { id: "not", name: "did not happen", values: ["negated", "prevented"] },
];
const STANDING_OF = {};
for (const s of STANDINGS) for (const v of s.values) STANDING_OF[v] = s.id;

/** Reads the JSON the page carries (never evaluated: JSON.parse only). */
function readData() {
  const node = document.getElementById("chronograph-data");
  return JSON.parse(node.textContent);
}

/** Event objects with the tables resolved, episodes linked and the facet values each event has. */
function buildModel(data) {
  const docs = data.docs.map((d) => ({
    id: d.id, title: d.t || null, source: d.s === undefined ? null : data.sources[d.s], url: d.u || null, date: d.w || null,
  }));
  // Facet values are strings: sources are names (a document without one counts under its id).
  const events = data.events.map((raw, i) => {
    const mentions = raw.m.map((m) => {
      const doc = docs[m.d];
      return {
        doc, sentence: data.text[m.x], trigger: m.tr,
        source: m.s !== undefined ? data.sources[m.s] : doc.source,
        url: m.u || doc.url,
      };
    });
    const sources = [];
    for (const m of mentions) {
      const name = m.source || m.doc.id;
      if (!sources.includes(name)) sources.push(name);
    }
    const dated = raw.s !== undefined;
    let start = null, end = null;
    if (dated) {
      start = raw.s;
      end = raw.e;
      if (raw.h) {
        start = raw.s + raw.h[0] / 1440;
        end = raw.s + Math.max(raw.h[1], raw.h[0] + 1) / 1440;
      }
    }
    const type = data.types[raw.t];
    return {
      index: i, id: raw.id, label: raw.l, type, typeIndex: raw.t, factuality: raw.f, standing: STANDING_OF[raw.f] || "fact",
      start, end, dated,
      // A point for a day or a clock time; a span (bar) for anything longer.
      span: dated && !raw.h && raw.e - raw.s > 1,
      when: raw.w, qualifier: raw.q || null, certainty: raw.c || null, expression: raw.x || null, value: raw.v || null,
      standingText: raw.st || null, claimant: raw.cl || null, claimantWritten: raw.cw || null,
      actors: (raw.a || []).map((k, j) => ({ index: k, ...data.actors[k], role: raw.ar ? raw.ar[j] : "" })),
      place: raw.p === undefined ? null : data.places[raw.p],
      parentIndex: raw.pa === undefined ? -1 : raw.pa, phase: raw.ph === undefined ? null : raw.ph,
      mentions, sources,
      alternatives: (raw.al || []).map((a) => ({ when: a.w, start: a.s, end: a.e, doc: docs[a.d], source: a.src === undefined ? null : data.sources[a.src] })),
      conflicts: (raw.cf || []).map((k) => data.conflicts[k]),
      children: [], root: i, depth: 0, searchText: null,
    };
  });
  for (const e of events) if (e.parentIndex >= 0) events[e.parentIndex].children.push(e);
  for (const e of events) {
    e.children.sort((a, b) => (a.phase ?? 1e9) - (b.phase ?? 1e9) || chronologicalOrder(a, b));
    // The root of an episode (cycles cut by a visited set) and how deep the event sits in it.
    const seen = new Set([e.index]);
    let current = e;
    while (current.parentIndex >= 0 && !seen.has(current.parentIndex)) {
      seen.add(current.parentIndex);
      current = events[current.parentIndex];
    }
    e.root = current.index;
    e.depth = seen.size - 1;
  }
  // An undated episode spans its dated phases, as on the image.
  for (const e of events) {
    if (e.dated || e.children.length === 0) continue;
    const dated = descendants(e, events).filter((d) => d.dated);
    if (dated.length === 0) continue;
    e.start = Math.min(...dated.map((d) => d.start));
    e.end = Math.max(...dated.map((d) => d.end));
    e.dated = true;
    e.span = e.end - e.start > 1;
    e.spanFromPhases = true;
  }
  const relations = data.relations.map(([from, to, kind, rule, derived]) => ({
    from: events[from], to: events[to], kind: data.kinds[kind], rule: data.rules[rule], derived: derived === 1,
  }));
  const relationsOf = new Map();
  for (const r of relations) {
    for (const e of [r.from, r.to]) {
      if (!relationsOf.has(e.index)) relationsOf.set(e.index, []);
      relationsOf.get(e.index).push(r);
    }
  }
  const chronological = events.slice().sort(chronologicalOrder);
  chronological.forEach((e, k) => { e.order = k; });
  return { title: data.title, docs, sourcesTable: data.sources, types: data.types, actors: data.actors, events, relations, relationsOf, chronological, kinds: data.kinds };
}

/** Every event below `e` in its episode (phases, their phases ...). */
function descendants(e, events) {
  const out = [];
  const seen = new Set([e.index]);
  const stack = e.children.slice();
  while (stack.length) {
    const c = stack.pop();
    if (seen.has(c.index)) continue;
    seen.add(c.index);
    out.push(c);
    stack.push(...c.children);
  }
  return out;
}

/** Reading order, as the brief: by start, longer first, phase order, id; undated last by id. */
function chronologicalOrder(a, b) {
  if (a.dated !== b.dated) return a.dated ? -1 : 1;
  if (a.dated) {
    if (a.start !== b.start) return a.start - b.start;
    if (a.end - a.start !== b.end - b.start) return (b.end - b.start) - (a.end - a.start);
  }
  const pa = a.phase ?? 0, pb = b.phase ?? 0;
  if (pa !== pb) return pa - pb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Lower case without accents, for matching what a reader types. */
function foldText(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** What the search looks through: label, source sentences, actors, place (made on first search). */
function searchTextOf(e) {
  if (e.searchText === null) {
    const parts = [e.label, e.type.n, e.place || "", e.claimant || ""];
    for (const a of e.actors) parts.push(a.n);
    for (const m of e.mentions) parts.push(m.sentence, m.doc.title || "");
    e.searchText = foldText(parts.join("\n"));
  }
  return e.searchText;
}

/** First day and the day after the last of the dated events (and of the dates other sources give
 *  them), or null when none is dated. */
function spanOf(events) {
  let a = Infinity, b = -Infinity;
  for (const e of events) {
    if (!e.dated) continue;
    a = Math.min(a, e.start);
    b = Math.max(b, e.end);
    for (const alt of e.alternatives) {
      if (alt.start === undefined || alt.start === null) continue;
      a = Math.min(a, alt.start);
      b = Math.max(b, alt.end);
    }
  }
  return a < b ? [a, b] : null;
}
