import ChronographCore

/// Colour and mark shape of an event type, and the line style of a relation kind.
///
/// Types are matched by family (a type naming any of a family's stems, `mass_riot` -> riot), so a
/// taxonomy can grow without touching this table; unknown types get a stable colour from a hash of the name.
public struct EventStyle: Sendable, Equatable {
    public var color: String
    public var shape: String

    struct Family {
        var stems: [String]
        var color: String
        var shape: String
        var name: String
    }

    static let families: [Family] = [
        Family(stems: ["riot", "unrest", "violen", "clash", "pogrom", "arson", "loot"], color: "#c62828", shape: "circle", name: "unrest"),
        Family(stems: ["attack", "terror", "fight", "war", "battle", "militar", "bomb", "kill", "shoot", "invasion"], color: "#6a1b1b", shape: "circle", name: "violence"),
        Family(stems: ["protest", "rally", "demonstrat", "march", "strike"], color: "#1565c0", shape: "circle", name: "protest"),
        Family(stems: ["coup", "plot", "conspir", "plan", "seiz"], color: "#ef6c00", shape: "diamond", name: "plot"),
        Family(stems: ["arrest", "detain", "detention", "raid", "custody", "crackdown"], color: "#6a1b9a", shape: "square", name: "arrest"),
        Family(stems: ["trial", "sentenc", "convict", "verdict", "court", "charge", "indict", "acquit", "appeal"], color: "#5d4037", shape: "square", name: "justice"),
        Family(stems: ["broadcast", "film", "documentar", "publi", "report", "air", "media", "interview"], color: "#00838f", shape: "triangle", name: "media"),
        Family(stems: ["statement", "speech", "said", "say", "announce", "declar", "characteri", "address", "claim"], color: "#2e7d32", shape: "triangle", name: "statement"),
        Family(stems: ["meet", "talk", "negotiat", "visit", "summit", "agree", "sign", "treaty"], color: "#827717", shape: "hexagon", name: "diplomacy"),
        Family(stems: ["elect", "vote", "referend", "appoint", "resign", "dismiss", "inaugur", "flight", "exile"], color: "#ad1457", shape: "hexagon", name: "politics"),
        Family(stems: ["emergency", "curfew", "sanction", "law", "decree", "ban", "legislat", "restrict"], color: "#37474f", shape: "square", name: "measure"),
    ]

    static let fallbackColors = ["#455a64", "#00695c", "#4527a0", "#9e9d24", "#d84315", "#283593", "#558b2f", "#8d6e63"]

    /// The style of a domain type.
    public init(type: String) {
        let t = type.lowercased()
        if let f = EventStyle.families.first(where: { f in f.stems.contains { t.contains($0) } }) {
            color = f.color
            shape = f.shape
        } else {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in t.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            color = EventStyle.fallbackColors[Int(h % UInt64(EventStyle.fallbackColors.count))]
            shape = "circle"
        }
    }

    /// A lighter tint of the colour (for reported events and episode backgrounds), as `#rrggbb`.
    public static func tint(_ hex: String, amount: Double) -> String {
        guard hex.count == 7, let v = Int(hex.dropFirst(), radix: 16) else { return hex }
        let comps = [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff].map { c -> Int in
            Int((Double(c) + (255 - Double(c)) * amount).rounded())
        }
        return "#" + comps.map { c in
            let s = String(c, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}

/// How a relation edge is drawn.
public struct RelationStyle: Sendable, Equatable {
    public var color: String
    public var style: String
    public var arrowhead: String
    public var penwidth: Double
    public var label: String

    public init(_ type: RelationType) {
        switch type {
        case .before, .after:
            self = RelationStyle(color: "#616161", style: "solid", arrowhead: "normal", penwidth: 1.2, label: "before")
        case .includes, .during:
            self = RelationStyle(color: "#9e9e9e", style: "dotted", arrowhead: "odot", penwidth: 1, label: type == .includes ? "includes" : "during")
        case .simultaneous:
            self = RelationStyle(color: "#9e9e9e", style: "dotted", arrowhead: "none", penwidth: 1, label: "same time")
        case .phaseOf:
            self = RelationStyle(color: "#8d6e63", style: "dotted", arrowhead: "odiamond", penwidth: 1, label: "phase of")
        case .causes:
            self = RelationStyle(color: "#e65100", style: "bold", arrowhead: "normal", penwidth: 2, label: "causes")
        case .prevents:
            self = RelationStyle(color: "#b71c1c", style: "dashed", arrowhead: "tee", penwidth: 1.8, label: "prevents")
        case .about:
            self = RelationStyle(color: "#1565c0", style: "dashed", arrowhead: "vee", penwidth: 1.2, label: "about")
        }
    }

    init(color: String, style: String, arrowhead: String, penwidth: Double, label: String) {
        self.color = color
        self.style = style
        self.arrowhead = arrowhead
        self.penwidth = penwidth
        self.label = label
    }
}
