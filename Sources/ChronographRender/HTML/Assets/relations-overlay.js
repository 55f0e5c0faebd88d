// The relations of the selected event, drawn on demand over the lanes as lines styled by kind (the
// timeline image's styles, RelationStyle.swift), and the dates other sources give it as red diamonds.

/** Draws the overlay of a TimelineView for its selected event (nothing when none is selected). */
function drawRelations(view) {
  const links = view.n.links;
  clear(links);
  links.setAttribute("width", String(view.width));
  links.setAttribute("height", String(Math.max(view.placement.height, 40)));
  const e = view.selected;
  if (!e) return;
  const from = (view.itemsOf.get(e.index) || [])[0];
  if (!from) return;
  const shift = view.shift;
  const centre = (it) => [(it.event.span ? it.x0 + Math.min(it.x1 - it.x0, 40) / 2 : (it.x0 + it.x1) / 2) + shift, it.y + 10];
  const defs = svg("defs");
  links.appendChild(defs);
  const markers = new Set();
  for (const r of view.model.relationsOf.get(e.index) || []) {
    if (r.derived) continue;
    const other = r.from === e ? r.to : r.from;
    const otherItems = view.itemsOf.get(other.index);
    if (!otherItems) continue;
    // The instance of the other event nearest to the selected one (actor lanes repeat events).
    let best = otherItems[0];
    for (const it of otherItems) if (Math.abs(it.y - from.y) < Math.abs(best.y - from.y)) best = it;
    const [a, b] = r.from === e ? [from, best] : [best, from];
    const [x1, y1] = centre(a), [x2, y2] = centre(b);
    const markerId = "arrow-" + r.kind.id;
    if (!markers.has(markerId)) {
      markers.add(markerId);
      defs.appendChild(svg("marker", { id: markerId, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
        svg("path", { d: "M0 0L10 5L0 10Z", fill: r.kind.c })));
    }
    let d, labelX, labelY, anchor = "middle";
    if (Math.abs(x2 - x1) < 80) {
      // Events above one another (an episode's phases): the line bows out to the left.
      const bow = Math.max(Math.min(x1, x2) - 34 - Math.abs(y2 - y1) * 0.15, 2);
      d = `M${x1.toFixed(1)} ${y1}C${bow.toFixed(1)} ${y1},${bow.toFixed(1)} ${y2},${x2.toFixed(1)} ${y2}`;
      // The name of the relation goes left of the bow when there is room (the details list them all).
      labelX = bow + 6;
      labelY = (y1 + y2) / 2 + 4;
      anchor = "end";
      if (labelX < 60) labelX = null;
    } else {
      const bend = Math.max(Math.abs(x2 - x1) * 0.25, 24);
      const lift = y1 === y2 ? 36 : 0;
      d = `M${x1.toFixed(1)} ${y1}C${(x1 + (x2 >= x1 ? bend : -bend)).toFixed(1)} ${y1 - lift},${(x2 - (x2 >= x1 ? bend : -bend)).toFixed(1)} ${y2 - lift},${x2.toFixed(1)} ${y2}`;
      labelX = (x1 + x2) / 2;
      labelY = (y1 + y2) / 2 - (y1 === y2 ? 30 : 4);
    }
    const path = svg("path", {
      d, fill: "none", stroke: r.kind.c, "stroke-width": r.kind.d === "bold" ? 2.4 : 1.6,
      "stroke-dasharray": dashOf(r.kind), "marker-end": r.kind.a === "none" ? null : `url(#${markerId})`, className: "link",
    });
    path.appendChild(svg("title", null, r.from.label + " — " + r.kind.l + " → " + r.to.label + " [" + r.rule + "]"));
    links.appendChild(path);
    if (labelX !== null) links.appendChild(svg("text", { x: labelX.toFixed(1), y: labelY.toFixed(1), "text-anchor": anchor, className: "link-label", fill: r.kind.c }, r.kind.l));
  }
  // Other sources' dates: red diamonds on the lower edge of the event's row (clear of its label),
  // joined to its mark by a dashed red line.
  for (const alt of e.alternatives) {
    // The event's own date is among them: only the others are drawn.
    if (alt.start === undefined || alt.start === null || (alt.start === e.start && alt.end === e.end)) continue;
    const x = view.xOf((alt.start + alt.end) / 2);
    const [x1] = centre(from);
    const y = from.y + ROW_HEIGHT - 3;
    links.appendChild(svg("path", { d: `M${x1.toFixed(1)} ${from.y + 18}L${x1.toFixed(1)} ${y}L${x.toFixed(1)} ${y}`, stroke: CONFLICT_RED, "stroke-dasharray": "4 3", fill: "none" }));
    const diamond = svg("path", { d: `M${x.toFixed(1)} ${y - 5}l5 5l-5 5l-5 -5Z`, fill: "#ffffff", stroke: CONFLICT_RED, "stroke-width": 1.6, className: "alternative" });
    diamond.appendChild(svg("title", null, (alt.source || alt.doc.id) + " dates it " + alt.when));
    links.appendChild(diamond);
  }
}
