// Lanes and rows. Events go into lanes by type or by actor (an event with three actors is in three
// actor lanes); within a lane, an episode keeps its phases in the rows under it, in phase order; then
// blocks are packed greedily into rows so that no mark or label overlaps another. Packing depends on
// the zoom (labels have a fixed width in pixels, dates do not), so it is redone at every zoom level;
// the lanes and blocks themselves only change with the filters.

const ROW_HEIGHT = 26;
const LANE_PADDING = 7;
const LABEL_GAP = 6;
const ITEM_GAP = 10;
const MAX_LABEL_WIDTH = 300;
const PHASE_BADGE = 20;
/** A lane that would need more rows than this with labels shows marks only (labels on focus and in details). */
const MAX_LABELLED_ROWS = 18;
/** Marks only, a lane has at most this many rows: beyond, marks overlap (zooming in separates them). */
const MAX_DENSE_ROWS = 14;
/** The least height of a lane: room for its name and count. */
const MIN_LANE_HEIGHT = 52;

/**
 * Lanes of the dated events shown: [{key, name, type?, blocks: [[event, ...], ...]}]. Each block is an
 * episode root followed by its phases in this lane (depth-first, phase order), or a lone event.
 */
function buildLanes(model, shown, mode) {
  const shownSet = new Set(shown.map((e) => e.index));
  const dated = shown.filter((e) => e.dated);
  const events = model.events;
  /** The highest ancestor of e that is shown and dated (e itself when none is). */
  function anchor(e) {
    let top = e;
    const seen = new Set([e.index]);
    let p = e.parentIndex;
    while (p >= 0 && !seen.has(p)) {
      seen.add(p);
      const pe = events[p];
      if (shownSet.has(p) && pe.dated) top = pe;
      p = pe.parentIndex;
    }
    return top;
  }
  const lanes = new Map();
  function laneFor(key, name, extra) {
    if (!lanes.has(key)) lanes.set(key, { key, name, members: [], ...extra });
    return lanes.get(key);
  }
  for (const e of dated) {
    if (mode === "actor") {
      if (e.actors.length === 0) laneFor("actor:", "No named actor", { last: true }).members.push(e);
      for (const a of e.actors) laneFor("actor:" + a.index, a.n, { actorKind: a.k }).members.push(e);
    } else {
      const type = anchor(e).type;
      laneFor("type:" + type.id, type.n, { type }).members.push(e);
    }
  }
  const out = [];
  for (const lane of lanes.values()) {
    const inLane = new Set(lane.members.map((e) => e.index));
    const rootOf = (e) => {
      let top = e;
      const seen = new Set([e.index]);
      let p = e.parentIndex;
      while (p >= 0 && !seen.has(p)) {
        seen.add(p);
        if (inLane.has(p)) top = events[p];
        p = events[p].parentIndex;
      }
      return top;
    };
    const blocks = new Map();
    for (const e of lane.members) {
      const r = rootOf(e);
      if (!blocks.has(r.index)) blocks.set(r.index, new Set());
      blocks.get(r.index).add(e.index);
    }
    lane.blocks = [];
    for (const [rootIndex, members] of blocks) {
      const order = [];
      const visit = (e, seen) => {
        if (seen.has(e.index)) return;
        seen.add(e.index);
        if (members.has(e.index)) order.push(e);
        for (const c of e.children) visit(c, seen);
      };
      visit(events[rootIndex], new Set());
      lane.blocks.push(order);
    }
    lane.blocks.sort((a, b) => a[0].start - b[0].start || a[0].order - b[0].order);
    lane.count = lane.members.length;
    lane.minorOnly = lane.members.every((e) => e.minor);
    delete lane.members;
    out.push(lane);
  }
  if (mode === "actor") {
    out.sort((a, b) => (a.last ? 1 : 0) - (b.last ? 1 : 0) || b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } else {
    // Lanes of minor events only come last.
    out.sort((a, b) => (a.minorOnly ? 1 : 0) - (b.minorOnly ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return out;
}

/** The earliest row index whose end is at most x, in O(log rows): a tree of minimum row ends. */
class RowEnds {
  constructor() {
    this.size = 16;
    this.tree = new Float64Array(32).fill(-Infinity);
    this.count = 0;
  }
  get(r) {
    return r < this.count ? this.tree[this.size + r] : -Infinity;
  }
  set(r, value) {
    while (r >= this.size) this.grow();
    this.count = Math.max(this.count, r + 1);
    let i = this.size + r;
    this.tree[i] = value;
    for (i >>= 1; i >= 1; i >>= 1) this.tree[i] = Math.min(this.tree[2 * i], this.tree[2 * i + 1]);
  }
  grow() {
    const old = this.tree, oldSize = this.size;
    this.size *= 2;
    this.tree = new Float64Array(2 * this.size).fill(-Infinity);
    for (let r = 0; r < oldSize; r++) this.tree[this.size + r] = old[oldSize + r];
    for (let i = this.size - 1; i >= 1; i--) this.tree[i] = Math.min(this.tree[2 * i], this.tree[2 * i + 1]);
  }
  /** The first row (an existing one, or the next new one) free from x on. */
  firstFree(x) {
    if (this.count === 0 || this.tree[1] > x) return this.count;
    let i = 1;
    while (i < this.size) i = this.tree[2 * i] <= x ? 2 * i : 2 * i + 1;
    const r = i - this.size;
    return r < this.count ? r : this.count;
  }
}

/**
 * Where each lane's items go at a zoom level: x positions from `xOf(day)`, rows from packing. Returns
 * {lanes: [{..., top, height, rows, labelled}], items: [...], height}. An item is one event in one lane:
 * {event, lane, row, y, x0, x1 (the mark or bar), labelX, labelInside, labelled, block}.
 */
function placeLanes(lanes, xOf, labelWidth) {
  const items = [];
  const episodes = [];
  let top = 0;
  for (const lane of lanes) {
    let packed = packLane(lane, xOf, labelWidth, true);
    if (packed.rows > MAX_LABELLED_ROWS) packed = packLane(lane, xOf, labelWidth, false);
    lane.top = top;
    lane.rows = Math.max(packed.rows, 1);
    lane.labelled = packed.labelled;
    lane.height = Math.max(lane.rows * ROW_HEIGHT + 2 * LANE_PADDING, MIN_LANE_HEIGHT);
    // Rows sit in the middle of a lane that is taller than they need (for its name).
    const first = top + (lane.height - lane.rows * ROW_HEIGHT) / 2;
    for (const it of packed.items) {
      it.lane = lane;
      it.y = first + it.row * ROW_HEIGHT;
      items.push(it);
    }
    for (const ep of packed.episodes) {
      ep.y = first + ep.row * ROW_HEIGHT;
      ep.lane = lane;
      episodes.push(ep);
    }
    top += lane.height;
  }
  return { items, episodes, height: top };
}

function itemGeometry(e, xOf, labelWidth, labelled) {
  const lw = labelled ? Math.min(labelWidth(e), MAX_LABEL_WIDTH) + (e.phase !== null ? PHASE_BADGE : 0) : 0;
  let x0, x1, labelX, labelInside = false;
  if (e.span) {
    x0 = xOf(e.start);
    x1 = Math.max(xOf(e.end), x0 + 4);
    // A minor event's bar is thin: its label goes after it.
    if (labelled && !e.minor && x1 - x0 >= lw + 2 * LABEL_GAP) {
      labelInside = true;
      labelX = x0 + LABEL_GAP;
    } else {
      labelX = x1 + LABEL_GAP;
    }
  } else {
    const c = xOf((e.start + e.end) / 2);
    x0 = c - MARK_SIZE / 2;
    x1 = c + MARK_SIZE / 2;
    labelX = x1 + 4;
  }
  const right = labelled && !labelInside ? labelX + lw : x1;
  return { x0, x1, labelX, labelInside, labelled, left: x0, right, labelWidth: lw };
}

function packLane(lane, xOf, labelWidth, labelled) {
  const ends = new RowEnds();
  const items = [];
  const episodes = [];
  // Without labels, an episode's members are packed one by one (no rows kept together).
  const blocks = labelled ? lane.blocks : lane.blocks.flatMap((b) => b.map((e) => [e]));
  for (const block of blocks) {
    const geoms = block.map((e) => ({ event: e, ...itemGeometry(e, xOf, labelWidth, labelled) }));
    let left = Infinity, right = -Infinity;
    for (const g of geoms) {
      left = Math.min(left, g.left);
      right = Math.max(right, g.right);
    }
    const k = geoms.length;
    let row = ends.firstFree(left - ITEM_GAP);
    if (k > 1) {
      for (;;) {
        let clash = -1;
        for (let j = row; j < row + k; j++) if (ends.get(j) > left - ITEM_GAP) { clash = j; break; }
        if (clash < 0) break;
        row = clash + 1;
      }
    } else if (!labelled && row >= MAX_DENSE_ROWS) {
      // Full: the row that ends first takes it, over what is there.
      row = 0;
      for (let j = 1; j < MAX_DENSE_ROWS; j++) if (ends.get(j) < ends.get(row)) row = j;
    }
    for (let j = 0; j < k; j++) {
      ends.set(row + j, Math.max(right, ends.get(row + j)));
      geoms[j].row = row + j;
      items.push(geoms[j]);
    }
    if (k > 1) episodes.push({ root: block[0], row, rows: k, left: left - 4, right: right + 4 });
  }
  return { items, episodes, rows: ends.count, labelled };
}
