// Starts the page: reads the data, builds the filters, the timeline and the details panel, keeps the
// URL fragment in step with the view, and handles the keys that work anywhere on the page.

function start() {
  const $ = (id) => document.getElementById(id);
  const model = buildModel(readData());
  const nodes = {
    root: document.body, viewport: $("viewport"), canvas: $("canvas"), plot: $("plot"), events: $("events"),
    episodes: $("episodes"), links: $("links"), gutter: $("gutter"), laneBackgrounds: $("lane-backgrounds"),
    grid: $("grid"), axis: $("axis"), axisMajor: $("axis-major"), axisMinor: $("axis-minor"),
    undated: $("undated"), undatedTitle: $("undated-title"), undatedEvents: $("undated-events"),
    minorHidden: $("minor-hidden"), minorList: $("minor-list"), minorTitle: $("minor-title"), minorEvents: $("minor-events"),
  };
  const details = $("details"), summary = $("summary"), search = $("search"), empty = $("empty");
  const clearButton = $("clear-filters");

  const initial = readFragment(location.hash);
  const state = { filters: initial.filters, lanes: initial.lanes, view: null, event: null };
  let viewTouched = initial.view !== null;
  let lastFragment = null;
  let fragmentTimer = 0;

  let booting = true;
  const timeline = new TimelineView(model, nodes, {
    onSelect: (e) => select(e, true),
    onViewChange: () => {
      if (booting) return;
      viewTouched = true;
      saveFragment();
    },
  });

  function saveFragment() {
    clearTimeout(fragmentTimer);
    fragmentTimer = setTimeout(() => {
      state.view = viewTouched ? timeline.visibleRange() : null;
      const text = writeFragment(state);
      if (text === lastFragment) return;
      lastFragment = text;
      history.replaceState(null, "", text ? "#" + text : location.pathname + location.search);
    }, 200);
  }

  const panel = buildFilterPanel($("filters"), model, state.filters, () => refresh(false));
  buildLegend($("legend"), model);
  search.value = state.filters.q;
  let searchTimer = 0;
  search.addEventListener("input", () => {
    // Typing quickly filters once, when the typing pauses.
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      state.filters.q = search.value;
      refresh(false);
    }, model.events.length > 2000 ? 180 : 60);
  });

  /** Applies the filters; with `fitView` the zoom then fits what is shown (else it stays as it is). */
  function refresh(fitView) {
    const { shown, hiddenMinor, counts } = applyFilters(model, state.filters);
    panel.update(counts);
    timeline.setShown(shown, state.lanes, hiddenMinor);
    const docs = new Set();
    for (const e of shown) for (const m of e.mentions) docs.add(m.doc.id);
    // Out of the events the timeline can show: minor ones only when they are ticked.
    const total = state.filters.minor ? model.events.length : model.events.length - model.minorCount;
    const others = filtersActive({ ...state.filters, minor: false });
    summary.textContent = (shown.length === total ? plural(shown.length, "event") : thousands(shown.length) + " of " + plural(total, "event"))
      + (state.filters.minor || model.minorCount === 0 ? "" : " · " + thousands(hiddenMinor.length) + " minor not shown")
      + " · " + plural(others ? docs.size : model.docs.length, "document");
    empty.hidden = shown.length > 0;
    clearButton.hidden = !filtersActive(state.filters);
    if (fitView) timeline.fit();
    if (state.event && !shown.some((e) => e.id === state.event)) {
      // The selected event stays in the panel even when the filters hide it.
      timeline.select(model.events.find((e) => e.id === state.event) || null);
    }
    if (!booting) saveFragment();
  }

  function setLanes(mode) {
    state.lanes = mode;
    $("lanes-type").setAttribute("aria-pressed", String(mode === "type"));
    $("lanes-actor").setAttribute("aria-pressed", String(mode === "actor"));
    refresh(false);
  }
  $("lanes-type").addEventListener("click", () => setLanes("type"));
  $("lanes-actor").addEventListener("click", () => setLanes("actor"));
  $("zoom-in").addEventListener("click", () => timeline.zoomAt(2, timeline.width / 2));
  $("zoom-out").addEventListener("click", () => timeline.zoomAt(0.5, timeline.width / 2));
  $("zoom-fit").addEventListener("click", () => timeline.fit());
  $("minor-show").addEventListener("click", () => {
    state.filters.minor = true;
    refresh(false);
  });
  clearButton.addEventListener("click", () => {
    Object.assign(state.filters, emptyFilters());
    search.value = "";
    refresh(true);
  });
  const toggle = $("toggle-filters");
  const narrow = window.matchMedia("(max-width: 900px)");
  const setSidebar = (open) => {
    document.body.classList.toggle("sidebar-closed", !open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", () => setSidebar(document.body.classList.contains("sidebar-closed")));
  if (narrow.matches) setSidebar(false);
  $("skip-link").addEventListener("click", (ev) => {
    ev.preventDefault();
    timeline.focusEvent(timeline.current || timeline.order[0]);
  });

  /** Selects an event: details, relations on the timeline, the URL. */
  function select(e, fromTimeline) {
    state.event = e ? e.id : null;
    timeline.select(e);
    if (!e) {
      details.hidden = true;
    } else {
      renderDetails(details, model, e, (other) => {
        select(other, false);
        if (timeline.shownSet.has(other.index)) timeline.focusEvent(other);
      }, () => closeDetails());
      details.hidden = false;
      details.scrollTop = 0;
      if (!fromTimeline && timeline.shownSet.has(e.index)) timeline.reveal(e);
    }
    timeline.schedule(false);
    if (!booting) saveFragment();
  }

  function closeDetails() {
    const back = timeline.selected;
    select(null, false);
    if (back) timeline.focusEvent(back);
  }

  function applyFragment(parsed) {
    Object.assign(state.filters, parsed.filters);
    search.value = state.filters.q;
    state.lanes = parsed.lanes;
    $("lanes-type").setAttribute("aria-pressed", String(state.lanes === "type"));
    $("lanes-actor").setAttribute("aria-pressed", String(state.lanes === "actor"));
    refresh(parsed.view === null);
    if (parsed.view) timeline.showRange(parsed.view[0], parsed.view[1]);
    const e = parsed.event ? model.events.find((x) => x.id === parsed.event) : null;
    select(e || null, false);
  }

  window.addEventListener("hashchange", () => {
    const text = location.hash.replace(/^#/, "");
    if (text === lastFragment) return;
    lastFragment = text;
    const parsed = readFragment(location.hash);
    viewTouched = parsed.view !== null;
    booting = true;
    applyFragment(parsed);
    booting = false;
  });

  // Keys: on an event, arrows move between events; anywhere (but in a text box) + - 0 zoom, / searches.
  nodes.viewport.addEventListener("keydown", (ev) => {
    const target = ev.target.closest && ev.target.closest(".ev");
    if (!target || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const e = model.events.find((x) => x.id === target.dataset.eventId);
    if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(ev.key) && !ev.shiftKey) {
      timeline.focusEvent(timeline.neighbour(e, ev.key));
      ev.preventDefault();
    }
  });
  document.addEventListener("keydown", (ev) => {
    const typing = ev.target.matches && ev.target.matches("input, textarea, select");
    if (ev.key === "Escape") {
      if (typing && ev.target === search && search.value) return;
      if (!details.hidden) {
        closeDetails();
        ev.preventDefault();
      }
      return;
    }
    if (typing || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const centre = timeline.width / 2;
    if (ev.key === "+" || ev.key === "=") timeline.zoomAt(1.6, centre);
    else if (ev.key === "-" || ev.key === "_") timeline.zoomAt(1 / 1.6, centre);
    else if (ev.key === "0") timeline.fit();
    else if (ev.key === "/") search.focus();
    else if (ev.shiftKey && ev.key === "ArrowLeft") timeline.panBy(timeline.width / 4);
    else if (ev.shiftKey && ev.key === "ArrowRight") timeline.panBy(-timeline.width / 4);
    else return;
    ev.preventDefault();
  });

  applyFragment(initial);
  timeline.renderNow();
  booting = false;
  lastFragment = location.hash.replace(/^#/, "");
  document.documentElement.dataset.state = "ready";
}

try {
  start();
} catch (error) {
  document.documentElement.dataset.state = "failed";
  const box = document.getElementById("load-error");
  if (box) {
    box.hidden = false;
    box.textContent = "The timeline could not be drawn: " + error.message;
  }
  throw error;
}
