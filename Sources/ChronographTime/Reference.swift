import ChronographCore

/// The grammatical time of the sentence around an expression, from cue words (`tense.tsv`).
enum Tense: Sendable { case past, present, future, none }

/// The dates relative expressions are resolved against while the tagger walks the text.
struct Reference: Sendable {
    var dct: Day?
    var mode: ReferenceMode
    /// The last date mentioned, with the granularity it was given at.
    var last: Day?
    var lastGranularity: Granularity = .day
    /// The last date mentioned was a night ("в ночь на воскресенье"): a morning clock time told next is after its
    /// midnight.
    var lastNight = false
    /// The sentence the last date was given in (-1: none yet).
    var lastSentence = -1
    /// The last day given that lies months from the DCT (a news story retold), and its sentence:
    /// a report's own "on Thursday" in between does not interrupt the story.
    var story: Day?
    var storySentence = -1
    /// The last day named by its weekday ("London shares closed lower Friday"): in news, the report's day in
    /// focus, that "overnight" is the eve of.
    var lastWeekday: Day?
    /// The sentence `lastWeekday` was named in.
    var lastWeekdaySentence = -1
    /// The last day given on or after the DCT and the last one given before it: a clock time told in the
    /// future tense belongs to the first, one told in the past to the second (rules with `tenseday=1`: "Второй
    /// тур пройдет в воскресенье ... первого тура, прошедшего 10 апреля ... участки начнут работу в 08:00").
    var lastUpcoming: Day?
    var lastPassed: Day?
    /// News dated by a dateline without a year ("MOSCOW, Feb 2"): deictic expressions have no
    /// day to count from, and the last date mentioned ("a 2014 case") is not one.
    var dctYearUnknown = false

    /// Makes `day` the last date mentioned.
    mutating func move(to day: Day, granularity: Granularity, sentence: Int) {
        last = day
        lastGranularity = granularity
        lastSentence = sentence
        if granularity >= .day, let d = dct {
            if day >= d { lastUpcoming = day } else { lastPassed = day }
        }
        if granularity >= .day, let d = dct, abs(day.julianDay - d.julianDay) > 120 {
            story = day
            storySentence = sentence
        }
    }

    /// For deictic expressions ("yesterday", "last week"): the DCT in news, the last date in narratives.
    var deictic: (Day, Granularity)? {
        if mode == .news, let d = dct { return (d, .day) }
        if mode == .news, dctYearUnknown { return nil }
        if let l = last { return (l, lastGranularity) }
        return dct.map { ($0, .day) }
    }

    /// For expressions that need a day ("Friday", "yesterday"): like ``deictic``, but a narrative
    /// whose last date is coarser than a day falls back to the DCT.
    var deicticDay: (Day, Granularity)? {
        if let d = deictic, d.1 >= .day { return d }
        return dct.map { ($0, .day) }
    }

    /// For anaphoric expressions ("the following year", "three days later"): the last date mentioned.
    var anaphoric: (Day, Granularity)? {
        if let l = last { return (l, lastGranularity) }
        return dct.map { ($0, .day) }
    }
}
