// The embedded graph, read once into event objects the other parts share.
//
// The data (written by TimelinePageData.swift) keeps repeated strings and dates in tables and uses
// short keys: event `l` label, `t` type, `f` factuality (absent: asserted; `standings` has it in
// words), `tm` time, `cl` claimant, `cw` claimant as written (both in `phrases`), `a` actors, `ar` roles
// (in `phrases`), `p` place, `pa` parent, `ph` phase, `m` mentions, `al` other sources' dates, `cf`
// conflicts; a minor event is an array `[id, label (in labels), type, time, mentions, {other keys}]`;
// time `s`/`e` first day and the day after the last (days since 1970-01-01), `h` minutes of the day,
// `w` date in words, `q` qualifier, `c` certainty, `x` time expression, `v` TIMEX3 value; mention
// `[document, sentence, trigger, source, link]` (the last two when they differ from the document's).
//
// Minor events (verbs and event nouns of no salient type) are in the data so that the page has every
// event of graph.json, but the timeline leaves them out until the "Minor events" filter is ticked; they
// are then drawn small and grey. A type only minor events have is drawn grey too.

const MINOR_TYPE_COLOURS = { c: "#80868b", r: "#c4c7cb" };
/** The empty list events share (frozen: nobody may add to it). */
const EMPTY = Object.freeze([]);

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
  // A minor event is an array: its first five values, then an object with whichever other keys it has.
  const NONE = {};
  const isMinor = (k) => Array.isArray(data.events[k]);
  // Types of minor events only are grey (their colour from EventStyle would say nothing).
  const salientTypes = new Set();
  for (const r of data.events) if (!Array.isArray(r)) salientTypes.add(r.t);
  const types = data.types.map((t, k) => (salientTypes.has(k) ? t : { ...t, ...MINOR_TYPE_COLOURS }));
  // Facet values are strings: sources are names (a document without one counts under its id).
  // (Graphs can hold a hundred thousand minor events: this loop allocates no more than it must.)
  const events = data.events.map((r, i) => {
    const minor = Array.isArray(r);
    const raw = minor ? r[5] || NONE : r;
    const id = minor ? r[0] : r.id, label = minor ? data.labels[r[1]] : r.l, typeIndex = minor ? r[2] : r.t;
    const time = data.times[minor ? r[3] : r.tm];
    const mentions = (minor ? r[4] : r.m).map(([d, x, trigger, s, u]) => {
      const doc = docs[d];
      return {
        doc, sentence: data.text[x], trigger,
        source: s !== undefined && s !== null ? data.sources[s] : doc.source,
        url: u || doc.url,
      };
    });
    let sources;
    if (mentions.length === 1) {
      sources = [mentions[0].source || mentions[0].doc.id];
    } else {
      sources = [];
      for (const m of mentions) {
        const name = m.source || m.doc.id;
        if (!sources.includes(name)) sources.push(name);
      }
    }
    const dated = time.s !== undefined;
    let start = null, end = null;
    if (dated) {
      start = time.s;
      end = time.e;
      if (time.h) {
        start = time.s + time.h[0] / 1440;
        end = time.s + Math.max(time.h[1], time.h[0] + 1) / 1440;
      }
    }
    const factuality = raw.f || "asserted";
    const conflicts = raw.cf ? raw.cf.map((k) => data.conflicts[k]) : EMPTY;
    return {
      index: i, id, label, type: types[typeIndex], typeIndex, factuality, standing: STANDING_OF[factuality] || "fact", minor,
      start, end, dated,
      // A point for a day or a clock time; a span (bar) for anything longer.
      span: dated && !time.h && time.e - time.s > 1,
      when: time.w, qualifier: time.q || null, certainty: time.c || null, expression: time.x || null, value: time.v || null,
      standingText: data.standings[factuality] || null,
      claimant: raw.cl === undefined ? null : data.phrases[raw.cl], claimantWritten: raw.cw === undefined ? null : data.phrases[raw.cw],
      actors: raw.a ? raw.a.map((k, j) => {
        const a = data.actors[k];
        return { index: k, n: a.n, k: a.k, t: a.t, role: raw.ar ? data.phrases[raw.ar[j]] : "" };
      }) : EMPTY,
      place: raw.p === undefined ? null : data.places[raw.p],
      parentIndex: raw.pa === undefined ? -1 : raw.pa, phase: raw.ph === undefined ? null : raw.ph,
      mentions, sources,
      alternatives: raw.al ? raw.al.map((a) => ({ when: a.w, start: a.s, end: a.e, doc: docs[a.d], source: a.src === undefined ? null : data.sources[a.src] })) : EMPTY,
      conflicts,
      // Marked on the timeline (red border) when sources disagree; as on the timeline image, a conflict
      // that concerns a minor event does not mark the others.
      flagged: conflicts.length > 0 && conflicts.some((c) => minor || c.ev.every((k) => !isMinor(k))),
      // Shared while empty (most events have no phases); an array of its own once one is added.
      children: EMPTY, root: i, depth: 0, searchText: null,
    };
  });
  for (const e of events) {
    if (e.parentIndex < 0) continue;
    const parent = events[e.parentIndex];
    if (parent.children === EMPTY) parent.children = [];
    parent.children.push(e);
  }
  for (const e of events) {
    if (e.children.length > 1) e.children.sort((a, b) => (a.phase ?? 1e9) - (b.phase ?? 1e9) || chronologicalOrder(a, b));
    if (e.parentIndex < 0) continue;
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
  let minorCount = 0;
  for (const e of events) if (e.minor) minorCount++;
  return { title: data.title, docs, sourcesTable: data.sources, types, actors: data.actors, events, relations, relationsOf, chronological, kinds: data.kinds, minorCount };
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
