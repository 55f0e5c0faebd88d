import ChronographCore

/// The timeline image as DOT: a time axis with ticks, every event at its date (points for days, spans for
/// months, years and intervals), episodes as clusters with their phases in order, relation edges styled by
/// kind, unrealized events hollow and dashed (prevented ones crossed out), source conflicts in red, and a legend.
///
/// ``Layout/pinned`` writes a position for every node (in points) for `neato -n2`, which then only
/// routes edges and draws: the time axis fixes the layout, so Graphviz need not solve it.
/// ``Layout/free`` writes the same nodes and edges without positions, for plain `dot` (the benchmark's baseline).
public enum DOTRenderer {
    public enum Layout: Sendable { case pinned, free }

    /// Graphs above this many events route edges as straight lines (spline routing around obstacles grows fast).
    public static let splineLimit = 400

    public static func render(_ graph: EventGraph, options: RenderOptions = RenderOptions(), layout: Layout = .pinned) -> String {
        let tl = TimelineLayout(graph: graph, direction: options.direction)
        return render(graph, timeline: tl, options: options, layout: layout)
    }

    public static func render(_ graph: EventGraph, timeline tl: TimelineLayout, options: RenderOptions, layout: Layout) -> String {
        let pinned = layout == .pinned
        let lr = options.direction == .leftToRight
        let docs = EventText.documentIndex(graph)
        let conflicted = EventText.conflicted(graph)
        var w = DOTWriter()
        func pos(_ p: TimelineLayout.Point) -> [(String, DOTWriter.Value)] {
            pinned ? [("pos", .string("\(DOTWriter.format(p.x)),\(DOTWriter.format(p.y))"))] : []
        }
        func inches(_ pt: Double) -> DOTWriter.Value { .number(pt / 72) }

        let title = EventText.title(graph, options: options)
        w.open("digraph \(Escaping.dot("chronograph"))")
        var graphAttrs: [(String, DOTWriter.Value)] = [
            ("fontname", .string("DejaVu Sans")), ("fontsize", .number(18)),
            ("label", .html("<B>" + Escaping.dotHTML(title) + "</B>")), ("labelloc", .string("t")),
            ("labeljust", .string("l")), ("bgcolor", .string("white")), ("pad", .string("0.4")),
            ("outputorder", .string("edgesfirst")),
            ("splines", .string(graph.events.count > splineLimit ? "line" : "true")),
        ]
        if !pinned { graphAttrs.append(("rankdir", .string(options.direction.rawValue))) }
        w.defaults("graph", graphAttrs)
        w.defaults("node", [("fontname", .string("DejaVu Sans")), ("fontsize", .number(10))])
        w.defaults("edge", [("fontname", .string("DejaVu Sans")), ("fontsize", .number(8))])

        // Axis: points at each tick joined by a thick line, tick labels, gridlines, gaps.
        let bottom = tl.metrics.axisClearance + Double(max(tl.laneCount, 1)) * tl.laneSize
        let ticks = tl.scale.ticks
        for (i, t) in ticks.enumerated() {
            w.node("tick:\(i)", [
                ("shape", .string("plaintext")), ("label", .string(t.label)),
                ("fontsize", .number(t.major ? 10 : 9)), ("fontcolor", .string(t.major ? "#212121" : "#616161")),
            ] + pos(tl.point(along: t.position, across: lr ? -18 : -30)))
            w.node("grid:\(i)", [("shape", .string("point")), ("style", .string("invis")), ("width", .number(0.01))]
                + pos(tl.point(along: t.position, across: bottom)))
            w.edge("tick:\(i)", "grid:\(i)", [("style", .string("dotted")), ("color", .string("#d0d0d0")), ("arrowhead", .string("none"))])
        }
        // The axis line: a point at every slot boundary, solid over drawn units, dashed across gaps.
        let boundaries = tl.scale.boundaries
        for (i, b) in boundaries.enumerated() {
            w.node("axis:b\(i)", [("shape", .string("point")), ("width", .number(0.04)), ("color", .string("#424242"))]
                + pos(tl.point(along: b.position, across: 0)))
        }
        for (i, pair) in zip(boundaries, boundaries.dropFirst()).enumerated() {
            let gap = pair.0.gapAfter
            w.edge("axis:b\(i)", "axis:b\(i + 1)", [
                ("arrowhead", .string(i + 2 == boundaries.count ? "normal" : "none")),
                ("penwidth", .number(gap ? 1.2 : 2.4)), ("color", .string(gap ? "#9e9e9e" : "#424242")),
                ("style", .string(gap ? "dashed" : "solid")), ("tooltip", .escString(gap ? "time left out" : "time")),
            ])
        }
        // Gaps: the axis between the drawn units is dashed and the left-out time is named.
        for (i, g) in tl.scale.gaps.enumerated() {
            w.node("gap:\(i)", [
                ("shape", .string("plaintext")), ("label", .string(g.label)), ("fontsize", .number(9)),
                ("fontcolor", .string("#757575")),
            ] + pos(tl.point(along: (g.start + g.end) / 2, across: lr ? 14 : -34)))
        }
        if let u = tl.undatedStart {
            w.node("undated", [
                ("shape", .string("plaintext")), ("label", .html("<I>Undated or only bounded</I>")), ("fontsize", .number(11)),
                ("fontcolor", .string("#616161")),
            ] + pos(tl.point(along: u + 40, across: lr ? -18 : -30)))
        }

        // Episodes: a cluster per episode, members inside.
        var clusterOf: [Int: Int] = [:]
        for (k, ep) in tl.episodes.enumerated() {
            clusterOf[ep.parent] = k
            for p in ep.phases { clusterOf[p] = k }
        }
        var placedByEvent: [Int: TimelineLayout.PlacedEvent] = [:]
        for p in tl.events { placedByEvent[p.index] = p }

        func eventNodes(_ p: TimelineLayout.PlacedEvent, indent: Int) {
            let e = graph.events[p.index]
            let style = EventStyle(type: e.type)
            let label = tl.labels[p.index]!
            let unrealized = e.factuality.isUnrealized
            let crossed = e.factuality == .prevented || e.factuality == .negated
            let isConflict = conflicted.contains(e.id)
            let tooltip = EventTooltip.text(e, graph: graph, documents: docs)
            var link: [(String, DOTWriter.Value)] = []
            if let u = EventText.url(e, documents: docs) { link = [("URL", .url(u)), ("target", .string("_blank"))] }
            let cls = "event \(e.factuality.rawValue)" + (isConflict ? " conflict" : "")

            var mark: [(String, DOTWriter.Value)] = [
                ("shape", .string(p.isSpan ? "box" : style.shape)), ("fixedsize", .string("true")),
                ("width", inches(p.mark.width)), ("height", inches(p.mark.height)),
                ("color", .string(isConflict ? "#d50000" : style.color)),
                ("penwidth", .number(isConflict ? 2 : 1.2)),
                ("tooltip", .escString(tooltip)), ("class", .escString(cls)),
                ("id", .escString("mark-" + e.id)),
            ]
            if unrealized {
                mark += [("style", .string("dashed,filled")), ("fillcolor", .string("white"))]
                mark += [("label", .string(crossed ? "✕" : "")), ("fontcolor", .string(style.color)), ("fontsize", .number(9))]
            } else if e.factuality == .reported {
                mark += [("style", .string("filled")), ("fillcolor", .string(EventStyle.tint(style.color, amount: 0.55))), ("label", .string(""))]
            } else {
                mark += [("style", .string("filled")), ("fillcolor", .string(style.color)), ("label", .string(""))]
            }
            if isConflict && !p.isSpan { mark.append(("peripheries", .number(2))) }
            w.node("m:" + e.id, mark + link + pos(p.mark.center), indent: indent)

            var html = ""
            for line in label.headline {
                var t = Escaping.dotHTML(line)
                if crossed { t = "<S>" + t + "</S>" }
                html += (unrealized ? "<I>" + t + "</I>" : "<B>" + t + "</B>") + "<BR ALIGN=\"LEFT\"/>"
            }
            html += "<FONT POINT-SIZE=\"8.5\" COLOR=\"#424242\">" + Escaping.dotHTML(label.date) + "</FONT><BR ALIGN=\"LEFT\"/>"
            for line in label.standing {
                html += "<FONT POINT-SIZE=\"8.5\" COLOR=\"\(unrealized ? "#b71c1c" : "#5d4037")\"><I>" + Escaping.dotHTML(line) + "</I></FONT><BR ALIGN=\"LEFT\"/>"
            }
            for line in label.conflict {
                html += "<FONT POINT-SIZE=\"8.5\" COLOR=\"#d50000\">" + Escaping.dotHTML(line) + "</FONT><BR ALIGN=\"LEFT\"/>"
            }
            let labelAttrs: [(String, DOTWriter.Value)] = [
                ("shape", .string("box")), ("style", .string(unrealized ? "rounded,dashed,filled" : "rounded,filled")),
                ("fillcolor", .string(unrealized ? "#fafafa" : "white")),
                ("color", .string(isConflict ? "#d50000" : EventStyle.tint(style.color, amount: 0.35))),
                ("penwidth", .number(isConflict ? 1.6 : 0.8)),
                ("fontcolor", .string(unrealized ? "#616161" : "#212121")),
                ("margin", .string("0.07,0.04")),
                ("width", inches(p.label.width)), ("height", inches(p.label.height)),
                ("label", .html(html)), ("tooltip", .escString(tooltip)), ("class", .escString(cls + " label")),
                ("id", .escString("label-" + e.id)),
            ]
            w.node("l:" + e.id, labelAttrs + link + pos(p.label.center), indent: indent)
            // Dates other sources give: hollow red diamonds, joined to the event's mark by a dashed red line.
            for (k, alt) in p.alternatives.enumerated() {
                let id = "alt:\(k):" + e.id
                let who = alt.time.source ?? alt.time.doc
                w.node(id, [
                    ("shape", .string("diamond")), ("fixedsize", .string("true")), ("width", inches(alt.mark.width)),
                    ("height", inches(alt.mark.height)), ("style", .string("filled")), ("fillcolor", .string("white")),
                    ("color", .string("#d50000")), ("penwidth", .number(1.4)), ("label", .string("")),
                    ("tooltip", .escString("\(who) dates “\(e.label)” \(DateText.full(alt.time.time))")),
                    ("class", .escString("alternative-date")),
                ] + pos(alt.mark.center), indent: indent)
                w.edge("m:" + e.id, id, [
                    ("color", .string("#d50000")), ("style", .string("dashed")), ("arrowhead", .string("none")),
                    ("tooltip", .escString("sources disagree on the date")), ("class", .escString("relation conflict")),
                ], indent: indent)
            }
            if !pinned {
                // Without positions, tie the label to its mark so dot keeps them together.
                w.edge("m:" + e.id, "l:" + e.id, [("style", .string("invis"))], indent: indent)
            }
        }

        for (k, ep) in tl.episodes.enumerated() {
            let parent = graph.events[ep.parent]
            let style = EventStyle(type: parent.type)
            w.open("subgraph \(Escaping.dot("cluster_episode_\(k)"))", indent: 1)
            var attrs: [(String, DOTWriter.Value)] = [
                ("label", .html("<I>" + Escaping.dotHTML(EventText.wrap(parent.label, width: 60, maxLines: 1).first ?? "") + " — episode</I>")),
                ("fontsize", .number(9)), ("fontcolor", .string("#5d4037")),
                ("style", .string("rounded,filled,dashed")), ("fillcolor", .string(EventStyle.tint(style.color, amount: 0.92))),
                ("color", .string(EventStyle.tint(style.color, amount: 0.4))),
            ]
            if pinned {
                let b = ep.bounds
                attrs.append(("bb", .string([b.minX, b.minY, b.maxX, b.maxY].map(DOTWriter.format).joined(separator: ","))))
                let labelWidth = Double(min(parent.label.count, 60) + 10) * 5.0
                attrs.append(("lp", .string("\(DOTWriter.format(b.minX + 6 + labelWidth / 2)),\(DOTWriter.format(b.maxY - 8))")))
            }
            w.defaults("graph", attrs, indent: 2)
            for i in [ep.parent] + ep.phases { if let p = placedByEvent[i] { eventNodes(p, indent: 2) } }
            w.close(indent: 1)
        }
        for p in tl.events where clusterOf[p.index] == nil { eventNodes(p, indent: 1) }

        // Relations: drawn unless the axis already says it (dated "before" pairs in axis order).
        var indexOf: [String: Int] = [:]
        for (i, e) in graph.events.enumerated() where indexOf[e.id] == nil { indexOf[e.id] = i }
        var drawnTypes: [RelationType] = []
        for r in graph.relations where !r.derived {
            guard let a = indexOf[r.from], let b = indexOf[r.to], a != b, placedByEvent[a] != nil, placedByEvent[b] != nil else { continue }
            var (from, to, type) = (a, b, r.type)
            if type == .after { (from, to, type) = (b, a, .before) }
            let style = RelationStyle(type)
            var color = style.color
            var edgeLabel: String? = nil
            if type == .before {
                let pf = placedByEvent[from]!, pt = placedByEvent[to]!
                let tf = lr ? pf.mark.minX : -pf.mark.maxY, tt = lr ? pt.mark.minX : -pt.mark.maxY
                let sameEpisode = clusterOf[from] != nil && clusterOf[from] == clusterOf[to]
                let axisSaysIt = !pf.undated && !pt.undated && !pf.placedByOrder && !pt.placedByOrder && tf < tt - 1
                let contradicts = !pf.undated && !pt.undated && !pf.placedByOrder && !pt.placedByOrder && tf > tt + 1
                if axisSaysIt && !sameEpisode { continue }
                if contradicts {
                    color = "#d50000"
                    edgeLabel = "before?"
                }
            }
            if !drawnTypes.contains(type) { drawnTypes.append(type) }
            var attrs: [(String, DOTWriter.Value)] = [
                ("color", .string(color)), ("style", .string(style.style)), ("arrowhead", .string(style.arrowhead)),
                ("penwidth", .number(style.penwidth)),
                ("tooltip", .escString("\(graph.events[from].label) — \(style.label) → \(graph.events[to].label) [\(r.rule)]")),
                ("class", .escString("relation \(type.rawValue)")),
            ]
            if let l = edgeLabel { attrs.append(("xlabel", .string(l))) }
            w.edge("m:" + graph.events[from].id, "m:" + graph.events[to].id, attrs)
        }

        // Legend.
        let legend = Legend.html(graph: graph, relationTypes: drawnTypes)
        // Top to bottom, the legend goes after the end of the axis (and the undated row), under everything.
        let lowest = tl.events.map { -$0.label.minY }.max() ?? 0
        let legendAlong = max(lowest, tl.scale.length, tl.undatedStart ?? 0) + 40
        let legendAt: TimelineLayout.Point = lr
            ? TimelineLayout.Point(x: legend.width / 2, y: -(bottom + 24 + legend.height / 2))
            : TimelineLayout.Point(x: legend.width / 2, y: -(legendAlong + legend.height / 2))
        w.node("legend", [("shape", .string("plaintext")), ("label", .html(legend.html)), ("fontsize", .number(9))] + pos(legendAt))
        w.close()
        return w.text
    }
}
