import ChronographCore

/// Where each event of a graph goes on the timeline image, in points (Graphviz coordinates, y up).
///
/// The time axis fixes one coordinate of every dated event, so the layout is computed here, in one pass,
/// instead of asking Graphviz to solve it: events are packed greedily into lanes along the axis (an event
/// takes the first lane where its mark and label fit), episodes take a block of consecutive lanes with their
/// phases in order, and undated events get a zone of their own past the end of the axis.
public struct TimelineLayout: Sendable {
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
    }

    public struct Box: Sendable, Equatable {
        public var center: Point
        public var width: Double
        public var height: Double
        public var minX: Double { center.x - width / 2 }
        public var maxX: Double { center.x + width / 2 }
        public var minY: Double { center.y - height / 2 }
        public var maxY: Double { center.y + height / 2 }
    }

    public struct PlacedEvent: Sendable {
        /// Index into the graph's events.
        public var index: Int
        public var mark: Box
        public var label: Box
        /// True when the mark is drawn as a span (an interval, a month, a year), false for a point.
        public var isSpan: Bool
        /// True when the event had no date of its own and was placed by its order inside its episode.
        public var placedByOrder: Bool
        public var undated: Bool
        /// Where other sources date this event (a source conflict), as small marks in the event's row.
        public var alternatives: [Alternative] = []
    }

    /// A date another source gives for an event.
    public struct Alternative: Sendable {
        public var mark: Box
        public var time: SourcedTime
    }

    public struct Episode: Sendable {
        /// Index of the episode event (the parent) into the graph's events.
        public var parent: Int
        /// Indices of its phases, in order.
        public var phases: [Int]
        public var bounds: Box
    }

    public struct Metrics: Sendable {
        public var charWidth = 6.2
        public var lineHeight = 13.0
        public var labelPadding = 12.0
        public var markSize = 14.0
        public var laneGap = 28.0
        public var axisClearance = 46.0
        public var wrapWidth = 30
        public init() {}
    }

    public let direction: TimelineDirection
    public let scale: TimelineScale
    public let events: [PlacedEvent]
    public let episodes: [Episode]
    public let laneCount: Int
    public let laneSize: Double
    /// Where the undated zone starts along the axis (nil when every event is dated).
    public let undatedStart: Double?
    public let labels: [Int: EventLabel]
    public let metrics: Metrics

    /// Converts (along, across) to Graphviz coordinates for the chosen direction.
    public func point(along t: Double, across c: Double) -> Point {
        direction == .leftToRight ? Point(x: t, y: -c) : Point(x: c, y: -t)
    }

    public init(graph: EventGraph, direction: TimelineDirection, metrics: Metrics = Metrics()) {
        self.direction = direction
        self.metrics = metrics
        let events = graph.events
        let n = events.count
        var labels: [Int: EventLabel] = [:]
        let conflicts = ConflictText.byEvent(graph)
        for i in 0..<n { labels[i] = EventLabel(event: events[i], wrapWidth: metrics.wrapWidth, conflict: conflicts[events[i].id]) }

        // Episodes: group every event under its root ancestor (cycles broken by a visited set).
        var indexOf: [String: Int] = [:]
        for (i, e) in events.enumerated() where indexOf[e.id] == nil { indexOf[e.id] = i }
        func root(_ i: Int) -> Int {
            var current = i
            var seen: Set<Int> = [i]
            while let p = events[current].parent, let pi = indexOf[p], !seen.contains(pi) {
                seen.insert(pi)
                current = pi
            }
            return current
        }
        var members: [Int: [Int]] = [:]
        for i in 0..<n where events[i].parent != nil {
            let r = root(i)
            if r != i { members[r, default: []].append(i) }
        }

        // Own day ranges; an undated episode takes the union of its dated phases.
        // An event only bounded by related events ("had previously characterized") has a window, not a
        // span: drawing the window as a bar would say it lasted that long, so it goes with the undated ones.
        var ranges: [DayRange?] = events.map { $0.time?.certainty == .relation ? nil : $0.time?.dayRange }
        for (r, ms) in members where ranges[r] == nil {
            let dated = ms.compactMap { ranges[$0] }
            if let first = dated.first {
                ranges[r] = dated.dropFirst().reduce(first) {
                    DayRange(start: min($0.start, $1.start), end: max($0.end, $1.end))
                }
            }
        }

        // Sizes across and along the axis.
        let lr = direction == .leftToRight
        func labelSize(_ l: EventLabel) -> (Double, Double) {
            (Double(l.maxLineLength) * metrics.charWidth + metrics.labelPadding, Double(l.lineCount) * metrics.lineHeight + 10)
        }
        var maxW = 0.0, maxH = 0.0
        for l in labels.values {
            let (w, h) = labelSize(l)
            maxW = max(maxW, w)
            maxH = max(maxH, h)
        }
        let laneSize = lr ? metrics.markSize + 4 + maxH + metrics.laneGap : metrics.markSize + 6 + maxW + metrics.laneGap
        self.laneSize = laneSize

        // Unit length: aim the packed picture at a readable aspect ratio (wider than tall left to right,
        // about square top to bottom): the labels' total area A over the axis length L gives the height,
        // so L ≈ sqrt(aspect × A); greedy packing leaves about half the lanes empty, hence the factors 4 and 2.
        // A short left-to-right axis gets units at least as wide as a label.
        // Dates other sources give, when they differ from the event's own: drawn too, so they need axis room.
        var alternativeRanges: [Int: [(DayRange, SourcedTime)]] = [:]
        for (i, e) in events.enumerated() {
            guard let own = ranges[i] else { continue }
            for alt in e.alternativeTimes {
                if let r = alt.time.dayRange, r != own { alternativeRanges[i, default: []].append((r, alt)) }
            }
        }
        let dated = ranges.compactMap { $0 } + alternativeRanges.values.flatMap { $0.map(\.0) }
        var scale = TimelineScale(ranges: dated)
        let drawnUnits = scale.slots.filter { if case .unit = $0 { return true } else { return false } }.count
        if drawnUnits > 0 {
            var area = 0.0
            for i in 0..<n where ranges[root(i)] != nil {
                let (w, h) = labelSize(labels[i]!)
                area += (lr ? w + 14 : h + metrics.markSize + 8) * laneSize
            }
            let gapsLength = Double(scale.slots.count - drawnUnits) * scale.gapLength
            let target = ((lr ? 4.0 : 2.0) * area).squareRoot() - gapsLength
            var unit = max(110, target / Double(drawnUnits))
            if lr && drawnUnits <= 16 { unit = max(unit, maxW * 0.9) }
            if abs(unit - scale.unitLength) > 0.5 { scale = TimelineScale(ranges: dated, unitLength: unit) }
        }
        self.scale = scale

        // Blocks to pack: (start, end along, member indices in lane order, staggered flags).
        struct Block {
            var start: Double
            var end: Double
            var items: [(index: Int, t0: Double, t1: Double, span: Bool, byOrder: Bool)]
            var id: String
        }
        func along(_ i: Int, t0: Double, t1: Double) -> (Double, Double) {
            let (w, h) = labelSize(labels[i]!)
            let extent = lr ? w : h + metrics.markSize
            return (t0 - 4, max(t1, t0 + extent) + (lr ? 14 : 8))
        }
        func markSpan(_ r: DayRange) -> (Double, Double, Bool) {
            let (a, b) = scale.span(r)
            return b - a >= metrics.markSize * 1.5 ? (a, b, true) : ((a + b) / 2, (a + b) / 2, false)
        }
        var blocks: [Block] = []
        var undatedRoots: [Int] = []
        for i in 0..<n where root(i) == i {
            guard let r = ranges[i] else {
                undatedRoots.append(i)
                continue
            }
            let (a, b, span) = markSpan(r)
            var items = [(index: i, t0: a, t1: b, span: span, byOrder: false)]
            let phases = (members[i] ?? []).sorted { x, y in
                let px = events[x].phaseIndex ?? Int.max, py = events[y].phaseIndex ?? Int.max
                if px != py { return px < py }
                let sx = ranges[x]?.start, sy = ranges[y]?.start
                if sx != sy, let sx, let sy { return sx < sy }
                return events[x].id < events[y].id
            }
            let slice = (b - a) / Double(max(phases.count, 1))
            for (k, p) in phases.enumerated() {
                if let pr = ranges[p], !(pr.start <= r.start && pr.end >= r.end) {
                    let (pa, pb, pspan) = markSpan(pr)
                    items.append((p, pa, pb, pspan, false))
                } else {
                    let t = span ? a + Double(k) * slice + min(slice / 2, 8) : a
                    items.append((p, t, t, false, true))
                }
            }
            var s = Double.infinity, e = -Double.infinity
            for it in items {
                let (x0, x1) = along(it.index, t0: it.t0, t1: it.t1)
                s = min(s, x0)
                e = max(e, x1)
                for (r, _) in alternativeRanges[it.index] ?? [] {
                    let (a0, a1) = scale.span(r)
                    s = min(s, a0 - metrics.markSize)
                    e = max(e, a1 + metrics.markSize)
                }
            }
            blocks.append(Block(start: s, end: e, items: items, id: events[i].id))
        }
        blocks.sort { ($0.start, $0.id) < ($1.start, $1.id) }

        // Greedy lane packing; a block needs consecutive free lanes.
        var laneEnds: [Double] = []
        var placed: [PlacedEvent] = []
        var episodes: [Episode] = []
        let markSize = metrics.markSize
        func boxes(t0: Double, t1: Double, span: Bool, lane: Int, index: Int) -> (Box, Box) {
            let (w, h) = labelSize(labels[index]!)
            let c0 = metrics.axisClearance + Double(lane) * laneSize
            if lr {
                let markW = span ? t1 - t0 : markSize
                let mark = Box(center: Point(x: (t0 + t1) / 2, y: -(c0 + markSize / 2)), width: markW, height: markSize)
                let labelCenterY = -(c0 + markSize + 4 + h / 2)
                let label = Box(center: Point(x: t0 - (span ? 0 : markSize / 2) + w / 2, y: labelCenterY), width: w, height: h)
                return (mark, label)
            } else {
                let markH = span ? t1 - t0 : markSize
                let mark = Box(center: Point(x: c0 + markSize / 2, y: -(t0 + t1) / 2), width: markSize, height: markH)
                let label = Box(center: Point(x: c0 + markSize + 6 + w / 2, y: -(t0 - (span ? 0 : markSize / 2) + h / 2)), width: w, height: h)
                return (mark, label)
            }
        }
        for block in blocks {
            let k = block.items.count
            var lane = 0
            while true {
                var fits = true
                for j in lane..<(lane + k) where j < laneEnds.count && laneEnds[j] > block.start {
                    fits = false
                    lane = j + 1
                    break
                }
                if fits { break }
            }
            while laneEnds.count < lane + k { laneEnds.append(-Double.infinity) }
            for j in lane..<(lane + k) { laneEnds[j] = block.end }
            var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
            for (offset, it) in block.items.enumerated() {
                let (mark, label) = boxes(t0: it.t0, t1: it.t1, span: it.span, lane: lane + offset, index: it.index)
                var p = PlacedEvent(index: it.index, mark: mark, label: label, isSpan: it.span, placedByOrder: it.byOrder, undated: false)
                for (r, time) in alternativeRanges[it.index] ?? [] {
                    let (a0, a1) = scale.span(r)
                    let size = metrics.markSize * 0.8
                    let center = lr ? Point(x: (a0 + a1) / 2, y: mark.center.y) : Point(x: mark.center.x, y: -(a0 + a1) / 2)
                    p.alternatives.append(Alternative(mark: Box(center: center, width: size, height: size), time: time))
                }
                placed.append(p)
                for b in [mark, label] {
                    minX = min(minX, b.minX)
                    maxX = max(maxX, b.maxX)
                    minY = min(minY, b.minY)
                    maxY = max(maxY, b.maxY)
                }
            }
            if k > 1 {
                // Room for the cluster's label above its first member.
                let pad = 8.0, top = 16.0
                let bounds = Box(
                    center: Point(x: (minX + maxX) / 2, y: (minY - pad + maxY + top) / 2),
                    width: maxX - minX + 2 * pad, height: maxY - minY + pad + top)
                episodes.append(Episode(parent: block.items[0].index, phases: block.items.dropFirst().map(\.index), bounds: bounds))
            }
        }

        // Undated events: one column (LR) or row (TB) past the axis, episodes' members kept together.
        var undatedStart: Double? = nil
        if !undatedRoots.isEmpty {
            let start = max(scale.length, laneEnds.max() ?? 0) + 60
            undatedStart = start
            var lane = 0
            for r in undatedRoots.sorted(by: { events[$0].id < events[$1].id }) {
                let chain = [r] + (members[r] ?? []).sorted {
                    ((events[$0].phaseIndex ?? Int.max), events[$0].id) < ((events[$1].phaseIndex ?? Int.max), events[$1].id)
                }
                for i in chain {
                    let (mark, label) = boxes(t0: start, t1: start, span: false, lane: lane, index: i)
                    placed.append(PlacedEvent(index: i, mark: mark, label: label, isSpan: false, placedByOrder: false, undated: true))
                    lane += 1
                }
            }
            laneEnds.append(contentsOf: Array(repeating: 0, count: max(0, lane - laneEnds.count)))
        }
        self.events = placed
        self.episodes = episodes
        self.laneCount = laneEnds.count
        self.undatedStart = undatedStart
        self.labels = labels
    }
}

/// The text drawn next to an event: wrapped headline, date line, standing line.
public struct EventLabel: Sendable {
    public var headline: [String]
    public var date: String
    public var standing: [String]
    /// "⚠ sources disagree: …" when the event is in a conflict.
    public var conflict: [String]

    public init(event e: Event, wrapWidth: Int, conflict: String? = nil) {
        headline = EventText.wrap(e.label.isEmpty ? e.type : e.label, width: wrapWidth, maxLines: 2)
        date = EventText.wrap(DateText.full(e.time), width: wrapWidth + 8, maxLines: 1).first ?? ""
        var s: [String] = []
        if let st = EventText.standing(e.factuality) { s.append(st) }
        if let c = EventText.claimant(e.attribution) { s.append(c) }
        standing = s.isEmpty ? [] : EventText.wrap(s.joined(separator: "; "), width: wrapWidth + 8, maxLines: 2)
        self.conflict = conflict.map { EventText.wrap("⚠ " + $0, width: wrapWidth + 8, maxLines: 2) } ?? []
    }

    public var lineCount: Int { headline.count + 1 + standing.count + conflict.count }
    public var maxLineLength: Int {
        let small = ([date] + standing + conflict).map(\.count).max() ?? 0
        return max(headline.map(\.count).max() ?? 0, Int(Double(small) * 0.8))
    }
}
