// The details panel of the selected event: label, date and how it was found, standing and claimant,
// participants, place, episode, relations, where sources disagree (side by side), and every mention
// with its sentence, document, source and link.

// How an event's date was found (EventTime.certainty), as a badge and in words.
const CERTAINTY = {
  explicit: ["explicit", "a time expression in the event's own clause"],
  context: ["inferred", "from the surrounding text or the episode the event belongs to"],
  relation: ["bounded", "only bounded by the events it is related to"],
  document_date: ["document date", "the date of the document that reports it"],
};

const RELATION_WORDS = {
  before: ["before", "after"],
  after: ["after", "before"],
  includes: ["includes", "during"],
  during: ["during", "includes"],
  simultaneous: ["at the same time as", "at the same time as"],
  phase_of: ["phase of", "has phase"],
  causes: ["causes", "caused by"],
  prevents: ["prevents", "prevented by"],
  about: ["about", "subject of"],
};

/**
 * Fills the panel for an event. `go(event)` selects another event (from the episode, relations or
 * conflicts); `close()` closes the panel.
 */
function renderDetails(panel, model, e, go, close) {
  clear(panel);
  const closeButton = el("button", { type: "button", className: "close", "aria-label": "Close the details", title: "Close (Esc)" }, "×");
  closeButton.addEventListener("click", close);
  const heading = el("h2", { id: "details-title", className: "details-title " + e.standing, tabindex: "-1" }, e.label);
  panel.appendChild(el("div", { className: "details-head" },
    el("p", { className: "type-chip" }, typeSwatch(e.type), e.type.n), closeButton));
  panel.appendChild(heading);

  const facts = el("dl", { className: "facts" });
  const row = (term, ...value) => {
    facts.appendChild(el("dt", null, term));
    facts.appendChild(el("dd", null, ...value));
  };
  // When, and how the date was found.
  const certainty = CERTAINTY[e.certainty];
  row("When", el("span", { className: "when" }, e.when), e.qualifier ? el("span", { className: "qualifier" }, " (" + e.qualifier + ")") : null);
  if (certainty) {
    row("Date found", el("span", { className: "badge certainty-" + e.certainty }, certainty[0]), " ", certainty[1],
      e.expression ? el("span", { className: "expression" }, " — “", e.expression, "”") : null,
      e.value ? el("code", { className: "timex", title: "TIMEX3 value" }, e.value) : null);
  } else if (e.spanFromPhases) {
    row("Date found", "spans the dates of its phases");
  }
  row("Standing", el("span", { className: "standing standing-" + e.standing }, e.standingText || "stated as fact"));
  if (e.minor) row("Minor", "a verb or event noun of no salient type: on the timeline only when Minor events is ticked");
  if (e.claimant) row("Claim", e.claimant, e.claimantWritten ? el("span", { className: "muted" }, " (written “", e.claimantWritten, "”)") : null);
  if (e.actors.length) {
    const list = el("ul", { className: "actors" });
    for (const a of e.actors) {
      list.appendChild(el("li", null, el("span", { className: "actor-name" }, a.n),
        el("span", { className: "muted" }, " " + a.k + (a.role ? ", " + a.role : "")),
        a.t ? el("span", { className: "actor-title" }, " — " + a.t) : null));
    }
    row("Who", list);
  }
  if (e.place) row("Where", e.place);
  const parent = e.parentIndex >= 0 ? model.events[e.parentIndex] : null;
  if (parent) row("Episode", e.phase !== null ? "phase " + e.phase + " of " : "part of ", eventLink(parent, go));
  if (e.children.length) {
    const list = el("ol", { className: "phases" });
    for (const c of e.children) list.appendChild(el("li", { value: c.phase ?? null }, eventLink(c, go), el("span", { className: "muted" }, " — " + c.when)));
    row("Phases", list);
  }
  panel.appendChild(facts);

  // Where sources disagree: each source's version in its own column.
  for (const c of e.conflicts) {
    const section = el("section", { className: "conflict-box", "aria-label": "Sources disagree" });
    section.appendChild(el("h3", null, c.k === "date" ? "Sources disagree on the date" : "Relations conflict"));
    if (c.tm.length) {
      const columns = el("div", { className: "versions" });
      for (const t of c.tm) {
        const doc = model.docs[t.d];
        const source = t.src !== undefined ? model.sourcesTable[t.src] : doc.source || doc.id;
        columns.appendChild(el("div", { className: "version" },
          el("p", { className: "version-source" }, source),
          el("p", { className: "version-date" }, t.w),
          t.x ? el("p", { className: "muted" }, "from “", t.x, "”") : null,
          el("p", { className: "version-doc" }, doc.title || doc.id)));
      }
      section.appendChild(columns);
    } else {
      section.appendChild(el("p", null, c.d));
    }
    const others = c.ev.map((k) => model.events[k]).filter((o) => o !== e);
    if (others.length) section.appendChild(el("p", { className: "muted" }, "Also concerns: ", ...others.map((o, k) => [k ? ", " : "", eventLink(o, go)])));
    panel.appendChild(section);
  }
  if (!e.conflicts.length && e.alternatives.length) {
    const list = el("ul", null);
    for (const a of e.alternatives) list.appendChild(el("li", null, a.when, el("span", { className: "muted" }, " — " + (a.source || a.doc.title || a.doc.id))));
    panel.appendChild(el("section", { className: "conflict-box" }, el("h3", null, "Other sources' dates"), list));
  }

  // Relations.
  const relations = model.relationsOf.get(e.index) || [];
  if (relations.length) {
    const list = el("ul", { className: "relations" });
    // Stated before derived, and relations with minor events after the others.
    const minorEnd = (r) => ((r.from === e ? r.to : r.from).minor ? 1 : 0);
    const sorted = relations.slice().sort((a, b) => a.derived - b.derived || minorEnd(a) - minorEnd(b));
    for (const r of sorted) {
      const outgoing = r.from === e;
      const words = RELATION_WORDS[r.kind.id] || [r.kind.l, r.kind.l];
      const other = outgoing ? r.to : r.from;
      list.appendChild(el("li", { className: r.derived ? "derived" : null, title: "rule: " + r.rule },
        relationSwatch(r.kind), " ", el("span", { className: "relation-word" }, outgoing ? words[0] : words[1]), " ", eventLink(other, go),
        r.derived ? el("span", { className: "muted" }, " (derived)") : null));
    }
    panel.appendChild(el("section", { className: "relations-box" }, el("h3", null, "Relations"), list));
  }

  // Mentions, each with its sentence and document.
  const mentions = el("ol", { className: "mentions" });
  for (const m of e.mentions) {
    const doc = m.doc;
    const meta = el("p", { className: "mention-meta" });
    meta.appendChild(el("span", { className: "mention-source" }, m.source || doc.id));
    if (doc.date) meta.appendChild(el("span", { className: "muted" }, " · " + doc.date));
    const title = el("p", { className: "mention-doc" }, doc.title || doc.id);
    const links = el("p", { className: "mention-links" });
    if (m.url) links.appendChild(externalLink(m.url, "Open the article ↗"));
    links.appendChild(el("span", { className: "muted doc-id" }, (m.url ? " · " : "") + "document " + doc.id));
    mentions.appendChild(el("li", null,
      el("blockquote", { className: "sentence" }, ...highlighted(m.sentence, m.trigger)), meta, title, links));
  }
  panel.appendChild(el("section", { className: "mentions-box" }, el("h3", null, e.mentions.length === 1 ? "Mention" : e.mentions.length + " mentions"), mentions));
}

/** A button that selects another event, named by its label. */
function eventLink(e, go) {
  const b = el("button", { type: "button", className: "event-link" + (e.minor ? " minor" : ""), "data-target-id": e.id, title: e.minor ? "a minor event" : null }, e.label);
  b.addEventListener("click", () => go(e));
  return b;
}
