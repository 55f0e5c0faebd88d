// The timeline itself: the time axis, the lanes with their events and episodes, the view (zoom and
// pan), selection and keyboard focus. Mouse and touch input: timeline-input.js; the relations of the
// selected event: relations-overlay.js.
//
// Positions are kept in pixels from a fixed origin day at the current zoom, so panning only shifts
// them and rows are packed again only when the zoom changes. Up to RENDER_ALL_LIMIT items every event
// shown has its element; above that only the items in and near the visible area are in the page.
//
// Minor events left off the timeline (the "Minor events" filter not ticked) are listed, folded, under
// it ("Minor events not on the timeline"): in a graph of up to RENDER_ALL_LIMIT events every one of
// them has its element there from the start, in a larger one the list is made when it is unfolded.

const RENDER_ALL_LIMIT = 2000;
const MIN_VISIBLE_DAYS = 2 / 24;
const MIN_MAX_VISIBLE_DAYS = 60 * 365.25;
/** How far beyond the visible area items are drawn when not all are (pixels across, and rows above and below). */
const EDGE_MARGIN = 120;
const ROW_MARGIN = 160;

class TimelineView {
  constructor(model, nodes, callbacks) {
    this.model = model;
    this.n = nodes;
    this.callbacks = callbacks;
    this.mode = "type";
    this.shown = [];
    this.lanes = [];
    this.placement = null;
    this.placedPPD = null;
    this.origin = 0;
    this.view = { start: 0, ppd: 1 };
    this.selected = null;
    this.current = null;
    this.elements = new Map();
    this.chips = new Map();
    this.itemsOf = new Map();
    this.frame = 0;
    this.span = spanOf(model.events);
    this.textMeasure = document.createElement("canvas").getContext("2d");
    this.labelWidths = new Map();
    this.undatedLimit = 300;
    this.hiddenMinor = [];
    this.minorChips = new Map();
    this.minorLimit = 300;
    this.n.minorList.addEventListener("toggle", () => {
      if (this.n.minorList.open && !this.minorRendered) this.renderHiddenMinor();
    });
    installTimelineInput(this);
    // When the timeline gets narrower or wider (a panel opens, the window is resized) it keeps showing
    // the same time span.
    this.lastWidth = this.width;
    new ResizeObserver(() => {
      this.measure();
      const w = this.width;
      if (w !== this.lastWidth) {
        this.view = this.clampView({ start: this.view.start, ppd: this.view.ppd * w / this.lastWidth });
      }
      this.lastWidth = w;
      // Rows are packed again only if the zoom changed (place() sees that).
      this.schedule(false);
    }).observe(this.n.viewport);
  }

  // MARK: geometry

  /** Width of the lane names: narrower on a phone. */
  get gutter() {
    if (this.measured === undefined) this.measure();
    return this.measured.gutter;
  }

  /** Width of the time area. Measured once per size change: reading it from the page in the middle
   *  of drawing would make the browser lay the page out again each time. */
  get width() {
    if (this.measured === undefined) this.measure();
    return this.measured.width;
  }

  measure() {
    const gutter = window.innerWidth < 700 ? 104 : 156;
    this.measured = { gutter, width: Math.max(this.n.viewport.clientWidth - gutter, 120) };
  }

  xOf(t) {
    return (t - this.view.start) * this.view.ppd;
  }

  tOf(x) {
    return this.view.start + x / this.view.ppd;
  }

  labelWidth(e) {
    let w = this.labelWidths.get(e.index);
    if (w === undefined) {
      if (!this.fonts) {
        const style = getComputedStyle(this.n.events);
        const font = style.getPropertyValue("--label-font").trim() || "13px sans-serif";
        this.fonts = { normal: font, minor: style.getPropertyValue("--minor-label-font").trim() || font, set: null };
      }
      const font = e.minor ? this.fonts.minor : this.fonts.normal;
      if (this.fonts.set !== font) this.textMeasure.font = this.fonts.set = font;
      w = Math.ceil(this.textMeasure.measureText(e.label).width) + 2;
      this.labelWidths.set(e.index, w);
    }
    return w;
  }

  /** Days shown at most (zoomed out): decades at least, three times the data's span for long stories. */
  get maxVisibleDays() {
    const dataDays = this.span ? this.span[1] - this.span[0] : 0;
    return Math.max(MIN_MAX_VISIBLE_DAYS, dataDays * 3);
  }

  clampView(view) {
    const w = this.width;
    const ppd = Math.min(Math.max(view.ppd, w / this.maxVisibleDays), w / MIN_VISIBLE_DAYS);
    let start = view.start;
    if (this.span) {
      const visible = w / ppd;
      // Keep some of the data in sight.
      start = Math.min(Math.max(start, this.span[0] - visible * 0.9), this.span[1] - visible * 0.1);
    }
    return { start, ppd };
  }

  setView(view) {
    this.view = this.clampView(view);
    this.schedule(false);
    this.callbacks.onViewChange();
  }

  /** Shows [start, end) (days). */
  showRange(start, end) {
    const days = Math.max(end - start, MIN_VISIBLE_DAYS);
    this.setView({ start, ppd: this.width / days });
  }

  visibleRange() {
    return [this.view.start, this.view.start + this.width / this.view.ppd];
  }

  /** Fits the dated events shown (all events when none is shown), with room for the last labels;
   *  a week at least, so that a story of one day is not shown hour by hour. */
  fit() {
    const events = this.shown.filter((e) => e.dated);
    const pool = events.length ? events : this.model.events.filter((e) => e.dated);
    if (pool.length === 0) {
      this.showRange(dayOf(new Date().getUTCFullYear(), 0, 1), dayOf(new Date().getUTCFullYear() + 1, 0, 1));
      return;
    }
    let [a, b] = spanOf(pool);
    const minimum = 7;
    if (b - a < minimum) {
      const middle = (a + b) / 2;
      a = middle - minimum / 2;
      b = middle + minimum / 2;
    }
    const w = this.width;
    const rightRoom = Math.min(w * 0.35, 260);
    const leftRoom = Math.min(w * 0.06, 48);
    const ppd = (w - rightRoom - leftRoom) / (b - a);
    this.setView({ start: a - leftRoom / ppd, ppd });
  }

  zoomAt(factor, x) {
    const t = this.tOf(x);
    const ppd = this.view.ppd * factor;
    const clamped = this.clampView({ start: 0, ppd }).ppd;
    this.setView({ start: t - x / clamped, ppd: clamped });
  }

  panBy(dx) {
    this.setView({ start: this.view.start - dx / this.view.ppd, ppd: this.view.ppd });
  }

  // MARK: content

  /** Shows these events (chronological order) in lanes of the mode; `hiddenMinor`: the minor events
   *  that only the "Minor events" filter leaves out, listed under the timeline. */
  setShown(shown, mode, hiddenMinor) {
    this.shown = shown;
    this.hiddenMinor = hiddenMinor || [];
    this.mode = mode;
    this.lanes = buildLanes(this.model, shown, mode);
    this.lanes.forEach((lane, k) => { lane.index = k; });
    this.order = shown.slice();
    this.shownSet = new Set(shown.map((e) => e.index));
    this.placement = null;
    if (this.current && !this.shownSet.has(this.current.index)) this.current = null;
    for (const el of this.elements.values()) el.remove();
    this.elements.clear();
    this.renderUndated();
    this.minorRendered = false;
    if (this.model.events.length <= RENDER_ALL_LIMIT || this.n.minorList.open) this.renderHiddenMinor();
    else this.clearHiddenMinor();
    this.n.minorHidden.hidden = this.hiddenMinor.length === 0;
    this.n.minorTitle.textContent = "Minor events not on the timeline (" + thousands(this.hiddenMinor.length) + ")";
    this.schedule(true);
  }

  /** Packs rows again when the zoom changed (or the content). */
  place() {
    if (this.placement && this.placedPPD === this.view.ppd) return;
    const ppd = this.view.ppd;
    this.origin = this.span ? this.span[0] : 0;
    const origin = this.origin;
    this.placement = placeLanes(this.lanes, (t) => (t - origin) * ppd, (e) => this.labelWidth(e));
    this.placedPPD = ppd;
    this.itemsOf = new Map();
    for (const it of this.placement.items) {
      if (!this.itemsOf.has(it.event.index)) this.itemsOf.set(it.event.index, []);
      this.itemsOf.get(it.event.index).push(it);
    }
  }

  /** Pixel offset of the fixed origin in the current view. */
  get shift() {
    return (this.origin - this.view.start) * this.view.ppd;
  }

  schedule(relayout) {
    if (relayout) this.placement = null;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Draws now (the first paint, and before a keyboard focus move). */
  renderNow() {
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    this.render();
  }

  render() {
    // Read what the page's layout says first, then only write (reads after writes force a new layout).
    this.scroll = { top: this.n.viewport.scrollTop, height: this.n.viewport.clientHeight };
    this.place();
    const p = this.placement;
    const w = this.width, g = this.gutter;
    this.n.canvas.style.height = Math.max(p.height, 40) + "px";
    this.n.plot.style.left = g + "px";
    this.n.plot.style.width = w + "px";
    this.n.axis.style.paddingLeft = g + "px";
    this.renderAxis();
    this.renderLanes();
    this.renderItems();
    this.renderEpisodes();
    drawRelations(this);
  }

  renderAxis() {
    const [a, b] = this.visibleRange();
    // The days shown, for whoever reads the page (the browser tests do).
    this.n.axis.dataset.range = a.toFixed(4) + "," + b.toFixed(4);
    const unit = tickUnitFor(this.view.ppd, 64);
    const ticks = ticksBetween(unit, a, b, 400);
    const major = unit.major ? MAJOR_UNITS[unit.major] : null;
    const minorBox = this.n.axisMinor, majorBox = this.n.axisMajor, grid = this.n.grid;
    clear(minorBox);
    clear(majorBox);
    clear(grid);
    const g = this.gutter;
    for (const t of ticks) {
      const x = this.xOf(t);
      if (x < 0 || x > this.width) continue;
      grid.appendChild(el("span", { className: "grid-line", style: `left:${(g + x).toFixed(1)}px` }));
      // A label that would be cut at the right edge is left out.
      if (x < this.width - 24) minorBox.appendChild(el("span", { className: "tick", style: `left:${(x + 3).toFixed(1)}px` }, unit.label(t)));
    }
    if (major) {
      const majors = ticksBetween(major, a, b, 200);
      for (let k = 0; k < majors.length; k++) {
        const x = this.xOf(majors[k]);
        const next = k + 1 < majors.length ? this.xOf(majors[k + 1]) : this.width;
        // A period that began before the left edge keeps its name in sight.
        const left = Math.max(x, 0);
        if (next - left < 64) continue;
        majorBox.appendChild(el("span", { className: "tick major", style: `left:${(left + 3).toFixed(1)}px;max-width:${(next - left - 6).toFixed(0)}px` }, major.label(majors[k])));
        if (x >= 0) grid.appendChild(el("span", { className: "grid-line major", style: `left:${(g + x).toFixed(1)}px` }));
      }
    }
  }

  /** Lane names and backgrounds: all of them for a few lanes, else those near the visible rows. */
  renderLanes() {
    const gutter = this.n.gutter, bg = this.n.laneBackgrounds;
    const top = this.scroll.top - 400, bottom = this.scroll.top + this.scroll.height + 400;
    const lanes = this.lanes.length <= 200 ? this.lanes : this.lanes.filter((l) => l.top + l.height >= top && l.top <= bottom);
    const key = this.placement && lanes.length ? lanes[0].key + "|" + lanes.length + "|" + this.gutter + "|" + this.placedPPD : "";
    if (key === this.lanesKey && this.lanesPlacement === this.placement) return;
    this.lanesKey = key;
    this.lanesPlacement = this.placement;
    clear(gutter);
    clear(bg);
    gutter.style.width = this.gutter + "px";
    for (const lane of lanes) {
      bg.appendChild(el("div", { className: "lane-bg" + (lane.index % 2 ? " odd" : ""), style: `top:${lane.top}px;height:${lane.height}px` }));
      const swatch = lane.type ? typeSwatch(lane.type) : null;
      const text = el("span", { className: "lane-text" },
        el("span", { className: "lane-name" }, lane.name),
        el("span", { className: "lane-count" }, plural(lane.count, "event") + (lane.labelled ? "" : " · zoom in to read")));
      gutter.appendChild(el("div", {
        className: "lane-head", style: `top:${lane.top}px;height:${lane.height}px`, title: lane.name + ": " + plural(lane.count, "event"),
      }, swatch, text));
    }
  }

  /** The items to draw: all of them up to the limit, else those near the visible area. */
  visibleItems() {
    const items = this.placement.items;
    if (items.length <= RENDER_ALL_LIMIT) return items;
    const shift = this.shift, w = this.width;
    const top = this.scroll.top - ROW_MARGIN, bottom = this.scroll.top + this.scroll.height + ROW_MARGIN;
    const out = [];
    for (const it of items) {
      if (it.y + ROW_HEIGHT < top || it.y > bottom) continue;
      if (it.right + shift < -EDGE_MARGIN || it.left + shift > w + EDGE_MARGIN) continue;
      out.push(it);
    }
    for (const e of [this.current, this.selected]) {
      if (!e) continue;
      for (const it of this.itemsOf.get(e.index) || []) if (!out.includes(it)) out.push(it);
    }
    return out;
  }

  renderItems() {
    const wanted = this.visibleItems();
    const shift = this.shift;
    const seen = new Set();
    const container = this.n.events;
    for (const it of wanted) {
      const key = it.event.index + "@" + it.lane.key;
      seen.add(key);
      let node = this.elements.get(key);
      if (!node) {
        node = this.createItem(it.event, false);
        this.elements.set(key, node);
        container.appendChild(node);
      }
      this.positionItem(node, it, shift);
    }
    for (const [key, node] of this.elements) {
      if (!seen.has(key)) {
        node.remove();
        this.elements.delete(key);
      }
    }
    this.updateTabStop();
  }

  /** The button of one event (on the axis, or a chip in the undated list or the minor events' list). */
  createItem(e, chip) {
    const conflict = e.flagged;
    const classes = ["ev", e.span && !chip ? "span" : "point", e.standing];
    if (conflict) classes.push("conflict");
    if (chip) classes.push("chip");
    if (e.minor) classes.push("minor");
    if (this.selected === e) classes.push("selected");
    const node = el("button", {
      type: "button", className: classes.join(" "), "data-event-id": e.id, tabindex: "-1",
      "aria-label": this.describe(e), "aria-pressed": this.selected === e ? "true" : "false",
    });
    if (e.span && !chip) {
      const bar = el("span");
      styleBar(bar, e.type, e.standing, conflict);
      // A label inside a filled bar is written in black or white, whichever reads better on it.
      if (e.standing === "fact") node.style.setProperty("--ink-on-bar", readableInk(e.type.c));
      if (e.standing === "not") bar.appendChild(el("span", { className: "bar-cross", "aria-hidden": "true" }, "✕"));
      node.appendChild(bar);
    } else {
      node.appendChild(markSVG(e.type, e.standing, conflict, e.minor ? MINOR_MARK_SIZE : MARK_SIZE));
    }
    const label = el("span", { className: "label" });
    if (e.phase !== null) label.appendChild(el("span", { className: "phase", title: "phase " + e.phase }, String(e.phase)));
    label.appendChild(el("span", { className: "label-text" }, e.label));
    if (chip) label.appendChild(el("span", { className: "chip-date" }, e.when));
    node.appendChild(label);
    node.title = e.label + "\n" + e.when + (e.qualifier ? " (" + e.qualifier + ")" : "") + (e.standingText ? "\n" + e.standingText : "") + (e.claimant ? "; " + e.claimant : "");
    node.addEventListener("click", (ev) => {
      if (this.suppressClick) {
        ev.preventDefault();
        return;
      }
      this.current = e;
      this.callbacks.onSelect(e, node);
    });
    node.addEventListener("focus", () => {
      this.current = e;
      this.updateTabStop();
    });
    return node;
  }

  /** Places an item's element; only what changed is written (each write makes the browser work out
   *  the element's style again, and a zoom moves every element). */
  positionItem(node, it, shift) {
    const last = node.placed || (node.placed = {});
    const x = (it.x0 + shift).toFixed(1), y = it.y;
    if (last.x !== x || last.y !== y) {
      node.style.transform = `translate(${x}px, ${y}px)`;
      last.x = x;
      last.y = y;
    }
    const width = Math.max(it.right - it.x0, 14).toFixed(1);
    if (last.width !== width) node.style.width = (last.width = width) + "px";
    if (last.labelled !== it.labelled) node.classList.toggle("unlabelled", !(last.labelled = it.labelled));
    if (last.inside !== it.labelInside) node.classList.toggle("inside", (last.inside = it.labelInside));
    if (it.event.span) {
      const bar = (it.x1 - it.x0).toFixed(1);
      if (last.bar !== bar) node.firstChild.style.width = (last.bar = bar) + "px";
    }
    if (!it.labelled) return;
    const label = node.lastChild;
    let offset = it.labelX - it.x0;
    if (it.labelInside && it.x0 + shift < 0) {
      // A bar that starts left of the view keeps its label at the view's left edge, inside the bar.
      offset = Math.max(offset, Math.min(LABEL_GAP - (it.x0 + shift), it.x1 - it.x0 - it.labelWidth - LABEL_GAP));
    }
    const left = offset.toFixed(1);
    if (last.labelLeft !== left) label.style.left = (last.labelLeft = left) + "px";
    const max = (it.labelInside ? it.x1 - it.x0 - offset - LABEL_GAP : MAX_LABEL_WIDTH + (it.event.phase !== null ? PHASE_BADGE : 0)).toFixed(0);
    if (last.labelMax !== max) label.style.maxWidth = (last.labelMax = max) + "px";
  }

  renderEpisodes() {
    const box = this.n.episodes;
    clear(box);
    const shift = this.shift, w = this.width;
    for (const ep of this.placement.episodes) {
      const left = ep.left + shift, right = ep.right + shift;
      if (right < -20 || left > w + 20) continue;
      const type = ep.root.type;
      box.appendChild(el("div", {
        className: "episode",
        style: `left:${left.toFixed(1)}px;top:${ep.y - 3}px;width:${(right - left).toFixed(1)}px;height:${ep.rows * ROW_HEIGHT + 2}px;--c:${type.c}`,
      }));
    }
  }

  renderUndated() {
    const box = this.n.undatedEvents;
    clear(box);
    this.chips.clear();
    const undated = this.shown.filter((e) => !e.dated);
    this.n.undated.hidden = undated.length === 0;
    this.n.undatedTitle.textContent = "Undated or only bounded (" + undated.length + ")";
    const limit = this.shown.length <= RENDER_ALL_LIMIT ? undated.length : this.undatedLimit;
    for (const e of undated.slice(0, limit)) {
      const node = this.createItem(e, true);
      this.chips.set(e.index, node);
      box.appendChild(node);
    }
    if (undated.length > limit) {
      const more = el("button", { type: "button", className: "more" }, "Show all " + undated.length);
      more.addEventListener("click", () => {
        this.undatedLimit = undated.length;
        this.renderUndated();
      });
      box.appendChild(more);
    }
  }

  /** The minor events the filters leave off the timeline, as chips in the folded list under it (the
   *  first `minorLimit` of them when the graph is larger than RENDER_ALL_LIMIT). */
  renderHiddenMinor() {
    this.clearHiddenMinor();
    this.minorRendered = true;
    const box = this.n.minorEvents, list = this.hiddenMinor;
    const limit = this.model.events.length <= RENDER_ALL_LIMIT ? list.length : this.minorLimit;
    for (const e of list.slice(0, limit)) {
      const node = this.createItem(e, true);
      this.minorChips.set(e.index, node);
      box.appendChild(node);
    }
    if (list.length > limit) {
      const more = el("button", { type: "button", className: "more" }, "Show all " + thousands(list.length));
      more.addEventListener("click", () => {
        this.minorLimit = list.length;
        this.renderHiddenMinor();
      });
      box.appendChild(more);
    }
    this.updateTabStop();
  }

  clearHiddenMinor() {
    clear(this.n.minorEvents);
    this.minorChips.clear();
    this.minorTabStop = null;
  }

  describe(e) {
    const parts = [e.label, e.when];
    if (e.qualifier) parts.push(e.qualifier);
    parts.push(e.standingText || "stated as fact");
    if (e.claimant) parts.push(e.claimant);
    parts.push(e.type.n);
    if (e.minor) parts.push("minor event");
    if (e.flagged) parts.push("sources disagree");
    return parts.join(" — ");
  }

  // MARK: selection and keyboard focus

  select(e) {
    this.selected = e;
    for (const node of this.n.root.querySelectorAll(".ev.selected")) {
      node.classList.remove("selected");
      node.setAttribute("aria-pressed", "false");
    }
    if (e) {
      for (const node of this.nodesOf(e)) {
        node.classList.add("selected");
        node.setAttribute("aria-pressed", "true");
      }
    }
    this.schedule(false);
  }

  nodesOf(e) {
    const out = [];
    for (const [key, node] of this.elements) if (key.startsWith(e.index + "@")) out.push(node);
    const chip = this.chips.get(e.index) || this.minorChips.get(e.index);
    if (chip) out.push(chip);
    return out;
  }

  /** The one event button in the tab order (roving tabindex): the focused event, else the first shown;
   *  and one in the list of minor events left off the timeline. */
  updateTabStop() {
    const inList = this.current && this.minorChips.has(this.current.index);
    const minorTarget = inList ? this.current : this.hiddenMinor.find((e) => this.minorChips.has(e.index)) || null;
    const minorNode = minorTarget ? this.minorChips.get(minorTarget.index) : null;
    if (this.minorTabStop !== minorNode) {
      if (this.minorTabStop) this.minorTabStop.tabIndex = -1;
      if (minorNode) minorNode.tabIndex = 0;
      this.minorTabStop = minorNode;
    }
    const target = (!inList && this.current) || this.order[0] || null;
    if (this.tabStop && this.tabStop.isConnected && this.tabStop.dataset.eventId === (target && target.id)) return;
    if (this.tabStop) this.tabStop.tabIndex = -1;
    this.tabStop = null;
    if (!target) return;
    const node = this.nodesOf(target)[0];
    if (node) {
      node.tabIndex = 0;
      this.tabStop = node;
    }
  }

  /** Brings an event into view (panning, scrolling) and gives it the keyboard focus. */
  focusEvent(e) {
    if (!e) return;
    this.current = e;
    const node = this.nodesOf(e)[0];
    // A chip in the folded list of minor events is unfolded first.
    const fold = node && node.closest("details");
    if (fold && !fold.open) fold.open = true;
    this.reveal(e);
    if (node) {
      this.updateTabStop();
      node.focus({ preventScroll: true });
    }
  }

  /** Pans and scrolls so that the event is in sight, and draws. */
  reveal(e) {
    this.place();
    const items = this.itemsOf.get(e.index);
    if (items && items.length) {
      const it = items[0];
      const x0 = it.x0 + this.shift, x1 = Math.min(it.right, it.x0 + 200) + this.shift;
      if (x0 < 0 || x1 > this.width) {
        this.view = this.clampView({ start: this.view.start + (x0 - this.width / 3) / this.view.ppd, ppd: this.view.ppd });
        this.callbacks.onViewChange();
      }
      const vp = this.n.viewport;
      if (it.y < vp.scrollTop + 4 || it.y + ROW_HEIGHT > vp.scrollTop + vp.clientHeight - 4) {
        vp.scrollTop = Math.max(it.y - vp.clientHeight / 3, 0);
      }
    } else {
      const node = this.nodesOf(e)[0];
      if (node) node.scrollIntoView({ block: "nearest" });
    }
    this.renderNow();
  }

  /** The event next to the current one: in time order (left, right) or in the row above or below. */
  neighbour(e, key) {
    if (e && this.minorChips.has(e.index)) {
      // In the list of minor events left off the timeline: its order, the arrows alike.
      const list = this.hiddenMinor.filter((x) => this.minorChips.has(x.index));
      const k = list.indexOf(e);
      if (key === "Home") return list[0];
      if (key === "End") return list[list.length - 1];
      return key === "ArrowRight" || key === "ArrowDown" ? list[Math.min(k + 1, list.length - 1)] : list[Math.max(k - 1, 0)];
    }
    const order = this.order;
    if (order.length === 0) return null;
    if (!e) return order[0];
    const k = order.indexOf(e);
    if (key === "ArrowRight") return order[Math.min(k + 1, order.length - 1)];
    if (key === "ArrowLeft") return order[Math.max(k - 1, 0)];
    if (key === "Home") return order[0];
    if (key === "End") return order[order.length - 1];
    const items = this.itemsOf.get(e.index);
    if (!items || !items.length) return order[key === "ArrowDown" ? Math.min(k + 1, order.length - 1) : Math.max(k - 1, 0)];
    const it = items[0];
    const cx = (it.x0 + it.x1) / 2;
    let best = null, bestScore = Infinity;
    for (const other of this.placement.items) {
      if (other.event === e) continue;
      const dy = other.y - it.y;
      if (key === "ArrowDown" ? dy <= 0 : dy >= 0) continue;
      const score = Math.abs(dy) * 4 + Math.abs((other.x0 + other.x1) / 2 - cx);
      if (score < bestScore) {
        bestScore = score;
        best = other.event;
      }
    }
    return best || e;
  }
}
