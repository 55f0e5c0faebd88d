import ChronographCore

/// The slots of a match, read off its captures by class name.
struct Fields {
    var year: Int?
    var bc = false
    /// An era written after the year that is the common one ("300 AD").
    var ad = false
    var month: Int?
    var day: Int?
    var weekday: Int?
    var weekdays: Int?
    var season: String?
    var pod: String?
    var hour: Int?
    var minute: Int?
    var second: Int?
    var ampm: String?
    var timeWord: String?
    var num: ClassValue?
    var vague = false
    var unit: String?
    var unitPlural = false
    var ord: Int?
    var dshift: Int?
    /// The shift word names the next period to begin (a value written "+1": "the coming weekend" said on a
    /// Thursday is this week's).
    var dshiftUpcoming = false
    var ashift: Int?
    var dayrel: Int?
    var dayrelWord: String?
    var ref: String?
    var setw: String?
    var decade: Int?
    var holiday: String?
    var numdate: (Int, Int, Int)?
    var eraYear: Int?
    var words: Set<String> = []
    /// The year was written with two digits ("'99"): its century is a guess.
    var yearTwoDigits = false

    /// A literal of the match makes its number an hour ("ten o'clock").
    var oclock = false

    init(_ caps: [Capture], tokens: [TToken], lists: WordLists, part: Int? = nil) {
        for c in caps where part == nil || c.part == part! {
            let v = c.value
            switch c.cls {
            case "YEAR":
                year = v.i
                yearTwoDigits = tokens[c.from].lower == "'"
            case "ERAYEAR": eraYear = v.i
            case "ERA": if v.s == "BC" { bc = true } else { ad = true }
            // (MONTHADJ: a month's adjective, "январские события".)
            case "MONTH", "MONTHADJ": month = v.i
            case "DAY", "DAYORD": day = v.i
            // The first weekday of a match is its day ("the night of Wednesday to Thursday").
            case "WEEKDAY": if weekday == nil { weekday = v.i }
            case "WEEKDAYS": weekdays = v.i
            case "SEASON": season = v.s
            // (PODADV: a part of the day as an adverb, "утром", "ночью".)
            case "POD", "PODS", "PODADV": pod = v.s
            case "TIME":
                hour = v.i; minute = v.i2; second = v.i3 >= 0 ? v.i3 : nil
            case "AMPM": ampm = v.s
            case "TIMEWORD": timeWord = v.s
            case "NUM": if num == nil { num = v }
            case "VAGUE": vague = true
            case "UNIT":
                unit = v.s
                let w = tokens[c.to - 1].lower
                unitPlural = lists.isPlural(w)
            // An adjective of length: its unit ("12-дневный": UNITADJ "D"), or its amount and unit ("двухдневный":
            // DURADJ "2:D").
            case "UNITADJ": unit = v.s
            case "DURADJ":
                let p = v.s.split(separator: ":")
                if p.count == 2, let n = Int(p[0]) {
                    num = ClassValue(i: n, s: String(n))
                    unit = String(p[1])
                }
            case "ORD", "QCODE", "HCODE", "ROMAN": ord = v.i
            case "DSHIFT": dshift = v.i; dshiftUpcoming = v.s.hasPrefix("+")
            case "ASHIFT": ashift = v.i
            case "DAYREL": dayrel = v.i; dayrelWord = tokens[c.from].lower
            case "REF", "NREF": ref = v.s
            case "SETW", "SETADV": setw = v.s
            case "DECADE": decade = v.i
            case "HOLIDAY": holiday = v.s
            case "NUMDATE": numdate = (v.i, v.i2, v.i3)
            case "YEARMONTH": year = v.i; month = v.i2
            default:
                words.insert(c.cls)
                if lists.oclock.contains(c.cls) { oclock = true }
            }
        }
        if year == nil, let e = eraYear, bc || ad { year = e }
    }

    /// The clock time as "HH:MM" (with seconds when given), after am/pm.
    var clock: String? {
        if let w = timeWord { return w }
        guard var h = hour ?? (ampm != nil || oclock ? num?.i : nil) else { return nil }
        if ampm == "pm" && h < 12 { h += 12 }
        if ampm == "am" && h == 12 { h = 0 }
        guard h <= 24 else { return nil }
        var s = "\(Day.pad2(h)):\(Day.pad2(minute ?? 0))"
        if let sec = second { s += ":\(Day.pad2(sec))" }
        return s
    }
}
