/// Finds every class each token position starts: lexicon phrases plus the classes that are
/// computed rather than listed (numbers, ordinals, days, years, decades, clock times, numeric dates).
struct Annotator: Sendable {
    let lexicon: Lexicon
    let lists: WordLists

    func annotate(_ t: [TToken]) -> [[Annotation]] {
        var all = [[Annotation]](repeating: [], count: t.count)
        for i in 0..<t.count {
            var out: [Annotation] = []
            lexicon.matches(in: t, at: i, end: t.count, into: &out)
            computed(t, i, lexical: out, into: &out)
            all[i] = out
        }
        return all
    }

    private func adjacent(_ t: [TToken], _ j: Int, _ s: String) -> Bool {
        j < t.count && !t[j].spaceBefore && t[j].lower == s
    }

    private func computed(_ t: [TToken], _ i: Int, lexical: [Annotation], into out: inout [Annotation]) {
        let tok = t[i]
        // Numbers written as words: "twenty-four", "twenty four", "a hundred", "three hundred".
        if let w = lexical.first(where: { $0.cls == "NUMWORD" }) {
            var value = w.value.i
            var len = w.length
            if value >= 20 && value < 100 && value % 10 == 0 {
                if i + 2 < t.count && t[i + 1].lower == "-", let u = unitWord(t, i + 2), u < 10 {
                    value += u; len = 3
                } else if i + 1 < t.count, let u = unitWord(t, i + 1), u > 0, u < 10 {
                    value += u; len = 2
                }
            }
            if i + len < t.count && lists.multiplier.contains(t[i + len].lower) && value < 100, let times = numberWord(t, i + len) {
                value *= times
                len += 1
            }
            if value != 100 && value != 1000 || w.length == 1 && !lists.multiplier.contains(tok.lower) {
                out.append(Annotation(cls: "NUM", value: ClassValue(i: value, s: String(value)), length: len))
            }
            // "the year two thousand (and one)": a year read out, only right after "year".
            if value == 2000 && len == 2 && i > 0 && lists.yearWord.contains(t[i - 1].lower) {
                var year = value, ylen = len
                let j = i + len + (i + len < t.count && lists.and.contains(t[i + len].lower) ? 1 : 0)
                if j < t.count, let u = unitWord(t, j), u > 0, u < 20 { year += u; ylen = j + 1 - i }
                out.append(Annotation(cls: "YEAR", value: ClassValue(i: year), length: ylen))
            }
        }
        // Years read out: "nineteen ninety-six", "nineteen eighty".
        if let w = lexical.first(where: { $0.cls == "NUMWORD" && $0.length == 1 }), w.value.i >= 11 && w.value.i <= 20, i + 1 < t.count {
            var next: [Annotation] = []
            computed(t, i + 1, lexical: { var o: [Annotation] = []; lexicon.matches(in: t, at: i + 1, end: t.count, into: &o); return o }(), into: &next)
            if let n = next.first(where: { $0.cls == "NUM" && $0.value.i >= 10 && $0.value.i < 100 }) {
                out.append(Annotation(cls: "YEAR", value: ClassValue(i: w.value.i * 100 + n.value.i), length: 1 + n.length))
            }
        }
        if lists.singular.contains(tok.lower) && i + 1 < t.count && lists.countNoun.contains(t[i + 1].lower), let v = numberWord(t, i + 1) {
            out.append(Annotation(cls: "NUM", value: ClassValue(i: v, s: String(v)), length: 2))
        }
        if let o = lexical.first(where: { $0.cls == "ORDWORD" }) {
            out.append(Annotation(cls: "ORD", value: o.value, length: o.length))
            if o.value.i <= 31 { out.append(Annotation(cls: "DAY", value: o.value, length: o.length)); out.append(Annotation(cls: "DAYORD", value: o.value, length: o.length)) }
        }
        if let d = lexical.first(where: { $0.cls == "DECADEWORD" }) {
            out.append(Annotation(cls: "DECADE", value: ClassValue(i: -d.value.i), length: d.length))
        }
        // Roman numerals, capitalized ("XX", "XIX", "III"): centuries and quarters in the rules that ask for them.
        if !tok.isNumber, tok.capitalized, tok.lower.utf8.count <= 7, let r = Annotator.roman(tok.lower) {
            out.append(Annotation(cls: "ROMAN", value: ClassValue(i: r), length: 1))
        }
        guard tok.isNumber, let n = tok.number else {
            // "'98" and "'90s"
            if tok.lower == "'" && i + 1 < t.count && !t[i + 1].spaceBefore && t[i + 1].isNumber && t[i + 1].digits == 2, let yy = t[i + 1].number {
                let year = yy >= 30 ? 1900 + yy : 2000 + yy
                if adjacentIn(t, i + 2, lists.decadeSuffix) {
                    if yy % 10 == 0 { out.append(Annotation(cls: "DECADE", value: ClassValue(i: year / 10), length: 3)) }
                } else {
                    out.append(Annotation(cls: "YEAR", value: ClassValue(i: year), length: 2))
                }
            }
            return
        }
        // Clock times: 23:00, 9:34, 05:30hrs (and 05.20 where `CLOCKSEP` lists the period); not the first
        // two numbers of a date written with the same separator (05.01.2024).
        let clockSep = i + 1 < t.count && !t[i + 1].spaceBefore && (t[i + 1].lower == ":" || lists.clockSeparator.contains(t[i + 1].lower))
        if tok.digits <= 2 && n <= 24 && clockSep && i + 2 < t.count && !t[i + 2].spaceBefore && t[i + 2].isNumber && t[i + 2].digits == 2, let m = t[i + 2].number, m < 60,
            t[i + 1].lower == ":" || !(adjacent(t, i + 3, t[i + 1].lower) && i + 4 < t.count && !t[i + 4].spaceBefore && t[i + 4].isNumber)
        {
            let sep = t[i + 1].lower
            var len = 3
            var sec = -1
            if adjacent(t, i + 3, sep) && i + 4 < t.count && t[i + 4].isNumber && t[i + 4].digits == 2 { sec = t[i + 4].number ?? 0; len = 5 }
            if adjacentIn(t, i + len, lists.clockSuffix) { len += 1 }
            out.append(Annotation(cls: "TIME", value: ClassValue(i: n, i2: m, i3: sec), length: len))
            return
        }
        // Numeric dates: 2024-01-05, 2024/01/05, 05.01.2024, 1/5/2024, 1/5/24.
        if let nd = numericDate(t, i) { out.append(nd) }
        // Ordinals written with digits: 5th, 21st (and with a hyphen before the ending: 7-го, 64-м). A year
        // written so ("1945-го года", "весной 2020-го") is a year too.
        let ordinalLength = adjacentIn(t, i + 1, lists.ordinalSuffix) ? 2 : adjacent(t, i + 1, "-") && adjacentIn(t, i + 2, lists.ordinalSuffix) ? 3 : 0
        if ordinalLength > 0 {
            out.append(Annotation(cls: "ORD", value: ClassValue(i: n), length: ordinalLength))
            if n >= 1 && n <= 31 {
                out.append(Annotation(cls: "DAY", value: ClassValue(i: n), length: ordinalLength))
                out.append(Annotation(cls: "DAYORD", value: ClassValue(i: n), length: ordinalLength))
            }
            if tok.digits == 4 && n >= 1000 && n <= 2199 {
                out.append(Annotation(cls: "YEAR", value: ClassValue(i: n), length: ordinalLength))
            }
            // (A decade's ending may look like an ordinal's: "1990-е" is read below.)
            if !(tok.digits >= 2 && n % 10 == 0 && ordinalLength == 3 && adjacentIn(t, i + 2, lists.decadeSuffix)) { return }
        }
        // Decades: 1990s, 1990's, 90s (and 1990-е, 90-х where the ending follows a hyphen).
        if (tok.digits >= 2 && tok.digits <= 4) && n % 10 == 0 {
            var len = 0
            if adjacentIn(t, i + 1, lists.decadeSuffix) { len = 2 } else if (adjacent(t, i + 1, "'") || adjacent(t, i + 1, "-")) && adjacentIn(t, i + 2, lists.decadeSuffix) { len = 3 }
            if len > 0 {
                let decade = tok.digits != 2 ? n / 10 : (n >= 30 ? 190 + n / 10 : 200 + n / 10)
                out.append(Annotation(cls: "DECADE", value: ClassValue(i: decade), length: len))
                // "1990's" is also a possessive year ("fiscal 1990's first quarter"): the rules decide.
                if !(len == 3 && tok.digits == 4) { return }
            }
        }
        // Plain numbers, with thousands separators and decimals.
        var len = 1
        var value = n
        var text = String(n)
        if tok.digits <= 3 {
            while adjacent(t, i + len, ","), i + len + 1 < t.count, !t[i + len + 1].spaceBefore, t[i + len + 1].isNumber, t[i + len + 1].digits == 3 {
                value = value * 1000 + (t[i + len + 1].number ?? 0)
                len += 2
                text = String(value)
            }
        }
        // Mixed fractions: "2 1/2" is 2.5.
        if len == 1 && i + 3 < t.count && t[i + 1].spaceBefore && t[i + 1].number == 1 && adjacent(t, i + 2, "/")
            && !t[i + 3].spaceBefore && t[i + 3].number == 2 && !adjacent(t, i + 4, "/")
        {
            out.append(Annotation(cls: "NUM", value: ClassValue(i: n, s: "\(n).5"), length: 4))
        }
        if len == 1 && adjacent(t, 1 + i, ".") && i + 2 < t.count && !t[i + 2].spaceBefore && t[i + 2].isNumber && !adjacent(t, i + 3, ".") {
            text = "\(n).\(t[i + 2].lower)"
            len = 3
        }
        out.append(Annotation(cls: "NUM", value: ClassValue(i: value, s: text), length: len))
        if len == 1 && tok.digits <= 2 && n >= 1 && n <= 31 {
            out.append(Annotation(cls: "DAY", value: ClassValue(i: n), length: 1))
        }
        if len == 1 && tok.digits == 4 && n >= 1000 && n <= 2199 {
            out.append(Annotation(cls: "YEAR", value: ClassValue(i: n), length: 1))
            // "2005-12": a year and a month (or a short year range: the rules' guards decide).
            if adjacent(t, i + 1, "-"), i + 2 < t.count, !t[i + 2].spaceBefore, t[i + 2].isNumber, t[i + 2].digits == 2,
                let mo = t[i + 2].number, mo >= 1, mo <= 12, !(i + 4 < t.count && !t[i + 3].spaceBefore && ["-", "/", "."].contains(t[i + 3].lower) && !t[i + 4].spaceBefore && t[i + 4].isNumber)
            {
                out.append(Annotation(cls: "YEARMONTH", value: ClassValue(i: n, i2: mo), length: 3))
            }
        }
        if len == 1 && tok.digits <= 4 && n >= 1 {
            out.append(Annotation(cls: "ERAYEAR", value: ClassValue(i: n), length: 1))
        }
    }

    /// The value of a Roman numeral written in lower case (1–39: centuries, quarters), or nil.
    static func roman(_ w: String) -> Int? {
        var total = 0
        var previous = 0
        for c in w.unicodeScalars.reversed() {
            let v: Int
            switch c {
            case "i": v = 1
            case "v": v = 5
            case "x": v = 10
            default: return nil
            }
            total += v < previous ? -v : v
            previous = max(previous, v)
        }
        return total >= 1 && total <= 39 ? total : nil
    }

    private func adjacentIn(_ t: [TToken], _ j: Int, _ set: SuffixWordSet) -> Bool {
        j < t.count && !t[j].spaceBefore && set.contains(t[j].lower)
    }

    /// The value of a one-token number word ("hundred" = 100, "dozen" = 12).
    private func numberWord(_ t: [TToken], _ j: Int) -> Int? {
        var out: [Annotation] = []
        lexicon.matches(in: t, at: j, end: t.count, into: &out)
        return out.first(where: { $0.cls == "NUMWORD" && $0.length == 1 })?.value.i
    }

    private func unitWord(_ t: [TToken], _ j: Int) -> Int? {
        var out: [Annotation] = []
        lexicon.matches(in: t, at: j, end: t.count, into: &out)
        return out.first(where: { $0.cls == "NUMWORD" && $0.length == 1 })?.value.i
    }

    private func numericDate(_ t: [TToken], _ i: Int) -> Annotation? {
        guard i + 4 < t.count else { return nil }
        let sep = t[i + 1].lower
        guard sep == "-" || sep == "/" || sep == ".", t[i + 3].lower == sep else { return nil }
        for k in 1...4 where t[i + k].spaceBefore { return nil }
        guard t[i + 2].isNumber, t[i + 4].isNumber, let a = t[i].number, let b = t[i + 2].number, let c = t[i + 4].number else { return nil }
        var y = 0, m = 0, d = 0
        if t[i].digits == 4 { (y, m, d) = (a, b, c) }
        else if t[i + 4].digits == 4 || t[i + 4].digits == 2 && (sep == "/" || lists.shortYearSeparator.contains(sep)) {
            y = t[i + 4].digits == 2 ? (c >= 30 ? 1900 + c : 2000 + c) : c
            // Slashes follow the US order (month/day); dots and hyphens the day-first order.
            if sep == "/" { (m, d) = (a, b) } else { (d, m) = (a, b) }
            if m > 12 && d <= 12 { swap(&m, &d) }
        } else { return nil }
        guard m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 else { return nil }
        return Annotation(cls: "NUMDATE", value: ClassValue(i: y, s: "", i2: m, i3: d), length: 5)
    }
}
