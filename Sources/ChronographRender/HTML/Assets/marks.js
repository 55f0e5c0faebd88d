// How an event is drawn, matching the timeline image (DOTRenderer.swift, Legend.swift): the colour and
// shape of its type family, filled when stated as fact, light when reported or claimed, hollow and
// dashed when planned, intended or conditional, crossed out when it did not happen, a red border when
// sources disagree; a bar for a month, a year or an interval.

const CONFLICT_RED = "#d50000";
const MARK_SIZE = 14;
/** A minor event's mark: smaller, in the middle of the room a mark takes. */
const MINOR_MARK_SIZE = 10;

function markPath(shape, size) {
  const s = size, m = s / 2, p = 1.5;
  switch (shape) {
    case "square": return `M${p + 0.5} ${p + 0.5}H${s - p - 0.5}V${s - p - 0.5}H${p + 0.5}Z`;
    case "diamond": return `M${m} ${p - 0.5}L${s - p + 0.5} ${m}L${m} ${s - p + 0.5}L${p - 0.5} ${m}Z`;
    case "triangle": return `M${m} ${p}L${s - p} ${s - p - 0.5}H${p}Z`;
    case "hexagon": {
      const r = m - p, pts = [];
      for (let k = 0; k < 6; k++) {
        const a = Math.PI / 3 * k;
        pts.push(`${(m + r * Math.cos(a)).toFixed(2)} ${(m + r * Math.sin(a)).toFixed(2)}`);
      }
      return "M" + pts.join("L") + "Z";
    }
    default: return `M${m - (m - p)} ${m}a${m - p} ${m - p} 0 1 0 ${2 * (m - p)} 0a${m - p} ${m - p} 0 1 0 ${-2 * (m - p)} 0Z`;
  }
}

/** The mark of a point event (or a swatch): an SVG of `size` pixels. */
function markSVG(type, standing, conflict, size) {
  size = size || MARK_SIZE;
  const node = svg("svg", { className: "mark", width: size, height: size, viewBox: `0 0 ${size} ${size}`, "aria-hidden": "true", focusable: "false" });
  const filled = standing === "fact" || standing === "claimed";
  const attrs = {
    d: markPath(type.s, size),
    fill: standing === "fact" ? type.c : standing === "claimed" ? type.r : "#ffffff",
    stroke: conflict ? CONFLICT_RED : type.c,
    "stroke-width": conflict ? 2 : 1.3,
  };
  if (!filled) attrs["stroke-dasharray"] = "2.2 1.6";
  node.appendChild(svg("path", attrs));
  if (standing === "not") {
    const a = size * 0.32, b = size * 0.68;
    node.appendChild(svg("path", { d: `M${a} ${a}L${b} ${b}M${b} ${a}L${a} ${b}`, stroke: type.c, "stroke-width": 1.5, fill: "none" }));
  }
  return node;
}

/** The bar of a span event, styled by classes and the type's colours (see timeline.css). */
function styleBar(bar, type, standing, conflict) {
  bar.className = "bar " + standing + (conflict ? " conflict" : "");
  bar.style.setProperty("--c", type.c);
  bar.style.setProperty("--r", type.r);
}

/** Black or white, whichever reads better on a colour (WCAG contrast). */
function readableInk(hex) {
  const lum = relativeLuminance(hex);
  const onWhite = (1.05) / (lum + 0.05), onBlack = (lum + 0.05) / 0.05;
  return onWhite >= onBlack ? "#ffffff" : "#111111";
}

function relativeLuminance(hex) {
  const v = parseInt(hex.slice(1), 16);
  const channel = (c) => {
    const x = c / 255;
    return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel((v >> 16) & 255) + 0.7152 * channel((v >> 8) & 255) + 0.0722 * channel(v & 255);
}

function typeSwatch(type) {
  return markSVG(type, "fact", false, 12);
}

const NEUTRAL_TYPE = { c: "#455a64", r: "#a3aeb4", s: "circle" };

/** The mark of minor events in the legend and the filter. */
function minorSwatch() {
  return markSVG({ ...MINOR_TYPE_COLOURS, s: "circle" }, "fact", false, MINOR_MARK_SIZE);
}

function standingSwatch(standing) {
  return markSVG(NEUTRAL_TYPE, standing, false, 12);
}

/** The legend: standings, conflicts, bars and the relation kinds, drawn as on the page. */
function buildLegend(container, model) {
  const present = new Set(model.events.map((e) => e.standing));
  const items = [];
  const texts = {
    fact: "filled: stated as fact",
    claimed: "light: reported / claimed by a cited source",
    planned: "hollow, dashed, italic: planned, intended or conditional, not reported as having happened",
    not: "crossed out: prevented or negated, did not happen",
  };
  for (const s of STANDINGS) if (present.has(s.id)) items.push([standingSwatch(s.id), texts[s.id]]);
  if (model.events.some((e) => e.flagged)) items.push([markSVG(NEUTRAL_TYPE, "fact", true, 12), "red border: sources disagree"]);
  if (model.events.some((e) => e.alternatives.length)) items.push([alternativeSwatch(), "another source's date (selected event)"]);
  const bar = el("span");
  styleBar(bar, NEUTRAL_TYPE, "fact", false);
  bar.classList.add("legend-bar");
  items.push([bar, "bar: a month, a year or an interval"]);
  if (model.minorCount > 0) items.push([minorSwatch(), "small and grey: a minor event (shown when Minor events is ticked)"]);
  const list = el("ul", { className: "legend" });
  for (const [mark, text] of items) list.appendChild(el("li", null, mark, el("span", null, text)));
  container.appendChild(el("h3", null, "Standing"));
  container.appendChild(list);
  const kinds = new Set(model.relations.map((r) => r.kind.id));
  if (kinds.size) {
    const rel = el("ul", { className: "legend" });
    for (const k of model.kinds) {
      if (!kinds.has(k.id) || k.id === "after") continue;
      rel.appendChild(el("li", null, relationSwatch(k), el("span", null, k.l)));
    }
    container.appendChild(el("h3", null, "Relations (of the selected event)"));
    container.appendChild(rel);
  }
}

function alternativeSwatch() {
  const node = svg("svg", { className: "mark", width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": "true" });
  node.appendChild(svg("path", { d: "M6 1L11 6L6 11L1 6Z", fill: "#ffffff", stroke: CONFLICT_RED, "stroke-width": 1.4 }));
  return node;
}

/** Stroke dashes of a relation kind's line style. */
function dashOf(kind) {
  return kind.d === "dashed" ? "6 4" : kind.d === "dotted" ? "2 3" : null;
}

function relationSwatch(kind) {
  const node = svg("svg", { className: "rel-swatch", width: 34, height: 10, viewBox: "0 0 34 10", "aria-hidden": "true" });
  node.appendChild(svg("path", { d: "M1 5H27", stroke: kind.c, "stroke-width": kind.d === "bold" ? 2.2 : 1.4, "stroke-dasharray": dashOf(kind), fill: "none" }));
  node.appendChild(svg("path", { d: "M26 1.5L33 5L26 8.5Z", fill: kind.c }));
  return node;
}
