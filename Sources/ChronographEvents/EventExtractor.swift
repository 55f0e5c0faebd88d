import ChronographCore
import ChronographSyntax
import Foundation

/// Finds event mentions in one tagged document, with participants, time anchors,
/// factuality, attribution and the relations between them.
///
/// Two modes (``TriggerMode``): `.salient` (default) keeps the events an analyst wants on a
/// timeline; `.timeml` reports every TimeML-style event for evaluation and TimeML export.
/// `chronograph extract --events timeml` selects the second.
public struct EventExtractor: Sendable {
    public let language: String
    public let mode: TriggerMode
    private let store: LexiconStore
    /// The store's lexicon, lent rather than copied: a copy of the struct retains and releases
    /// each of its tables, and the stages ask for it per token.
    var lexicon: EventLexicon { _read { yield store.lexicon } }

    /// Whether a language has event resources (`Resources/<lang>/triggers.tsv`): English only, for now.
    public static func hasResources(language: String) -> Bool {
        ResourceFile.url(named: "triggers.tsv", language: language, bundle: .module) != nil
    }

    public init(language: String = "en", mode: TriggerMode = .salient) throws {
        self.language = language
        self.mode = mode
        self.store = try LexiconStore.shared(language: language)
    }

    /// The taxonomy of the extractor's language, for documentation and exports.
    public var taxonomy: [EventTypeInfo] { lexicon.types.values.sorted { $0.id < $1.id } }

    /// The events of one document. `tokens` are the document's shared tokens (made here when
    /// not given); `syntax` holds each sentence's tagged words and parse (made when first needed)
    /// when the pipeline has a syntax model for the document's language.
    public func extract(
        _ document: Document, text: ScalarText, sentences: [Sentence], tokens: DocumentTokens? = nil,
        syntax: [SentenceSyntax]? = nil, dct: DocumentCreationTime, timexes: [Timex]
    ) -> (mentions: [EventMention], relations: [Relation]) {
        let shared = tokens ?? DocumentTokens(text, sentences: sentences)
        let views = makeViews(text: text, sentences: sentences, tokens: shared, syntax: syntax, document: document)
        let clauseWords = lexicon.clauseWords ?? ClauseWords.shared(language: language)
        let detector = TriggerDetector(lexicon: lexicon, mode: mode, suffixLookAlikes: GenreResources.shared(language: language).suffixLookAlikes)
        let participants = ParticipantFinder(lexicon: lexicon)
        let docActors = ParticipantFinder.DocumentActors()
        docActors.readNamesInside(views)
        let assigner = ParticipantAssigner(lexicon: lexicon, words: clauseWords)
        var drafts: [Draft] = []
        var spansBySentence: [[ActorSpan]] = []
        let parsed = SyntacticTriggers(lexicon: lexicon)
        let argumentsByParse = SyntacticParticipants()
        let timexesBySentence = Self.bySentence(timexes, views: views)
        for view in views {
            let found = parsed.refine(detector.detect(view), view: view)
            var (spans, places) = participants.find(view, doc: docActors)
            // "Saturday's disputed vote", "the focus of Wednesday's riots": a time expression names no participant
            // (its possessive "'s" is the name's token, not the time expression's).
            if let times = timexesBySentence[view.index] {
                spans = spans.filter { span in
                    let last = view.tokens[span.tokEnd - 1]
                    let possessive = last.text.hasSuffix("'s") || last.text.hasSuffix("\u{2019}s")
                    let a = view.tokens[span.tokStart].start, b = last.end - (possessive ? 2 : 0)
                    return !times.contains { $0.start <= a && b <= $0.end }
                }
            }
            if let syntax = view.syntax {
                // A participant is named by a noun: "Additionally", "Another", "All" at the start of a sentence are not.
                spans = spans.filter { span in
                    let a = view.tokens[span.tokStart].start, b = view.tokens[span.tokEnd - 1].end
                    return syntax.words.contains { $0.start < b && $0.end > a && ($0.upos == "NOUN" || $0.upos == "PROPN") }
                }
            }
            spansBySentence.append(spans)
            // The sentence's verb events bound each other's clauses (a participle right after an
            // event noun, "a documentary aired by", belongs to the noun's phrase).
            let nounEnds = Set(found.filter { !$0.isVerb }.map(\.tokEnd))
            let barriers = Set(found.filter { $0.isVerb && !nounEnds.contains($0.tokStart) }.map(\.tokStart))
            // Tokens the tagger calls adverbs, skipped between a verb and its auxiliaries as the listed ones are.
            let adverbStarts = Set(view.syntax?.words.filter { $0.upos == "ADV" }.map(\.start) ?? [])
            let adverbs = Set(view.tokens.indices.filter { adverbStarts.contains(view.tokens[$0].start) })
            for var d in found {
                d.text = text.slice(d.start, d.end)
                (d.tense, d.passive) = tense(d, view.tokens, adverbs: adverbs)
                assigner.assign(&d, view: view, spans: spans, places: places, barriers: barriers)
                argumentsByParse.add(&d, view: view, spans: spans)
                drafts.append(d)
            }
        }
        // Re-link actors now that the whole document's names are known ("Masimov" after "Karim Masimov").
        // The first known actor with that name or alias, by name (one map instead of a scan per actor).
        var knownByName: [String: Int] = [:]
        for (k, b) in docActors.known.enumerated() {
            if knownByName[b.name] == nil { knownByName[b.name] = k }
            for alias in b.aliases where knownByName[alias] == nil { knownByName[alias] = k }
        }
        for k in drafts.indices {
            drafts[k].actors = drafts[k].actors.map { a in
                guard let i = knownByName[a.name] else { return a }
                var linked = docActors.known[i]
                linked.role = a.role
                return linked
            }
        }
        SupportVerbParticipants().pass(views: views, drafts: &drafts)
        let phases = PhaseDetector(lexicon: lexicon)
        for view in views { _ = phases.detect(view, text: text, drafts: &drafts) }
        absorbDependents(views: views, drafts: &drafts)
        refineForGenre(views: views, drafts: &drafts, document: document)
        DocumentCountry.fill(&drafts, lexicon: lexicon)
        let factuality = FactualityAnalyzer(lexicon: lexicon)
        var bySentence: [Int: [Int]] = [:]
        for k in drafts.indices { bySentence[drafts[k].sentence, default: []].append(k) }
        for view in views {
            factuality.apply(view, drafts: &drafts, indices: bySentence[view.index] ?? [])
        }
        factuality.applyPrevention(views: views, drafts: &drafts, bySentence: bySentence)
        FutureSubjects(lexicon: lexicon).mark(&drafts, views: views)
        ClaimantResolver(known: docActors.known).resolve(&drafts)
        // Phases share their episode's standing unless their own text says otherwise.
        for k in drafts.indices { if let p = drafts[k].parent, drafts[k].attribution == nil { drafts[k].attribution = drafts[p].attribution } }
        let anchorer = TimeAnchorer(lexicon: lexicon, words: clauseWords, rules: MergeRules.shared(language: language))
        // The dateline says when the piece was filed, not when anything in it happened.
        let datelines = paragraphDatelines(timexesBySentence, views: views)
        let eventTimexes = timexes.filter { t in
            if let d = document.dateline, t.start >= d.start && t.end <= d.end { return false }
            return !isDatelineTimex(t, views: views) && !datelines.contains(t.start)
        }
        let eventTimexesBySentence = Self.bySentence(eventTimexes, views: views)
        for view in views {
            // Absorbed mentions are dated too: the all-events mode reports them.
            let idx = bySentence[view.index] ?? []
            anchorer.anchorExplicit(view, drafts: &drafts, indices: idx, timexes: eventTimexesBySentence[view.index] ?? [], dct: dct)
        }
        anchorer.anchorContext(views: views, drafts: &drafts, dct: dct, bySentence: bySentence)
        for k in drafts.indices {
            if let p = drafts[k].parent, drafts[k].time == nil, var t = drafts[p].time {
                t.certainty = .context
                drafts[k].time = t
            }
        }
        // Ids, labels, and the mentions to emit.
        for k in drafts.indices { drafts[k].id = "\(document.id)#e\(drafts[k].start)" }
        let labeler = Labeler(lexicon: lexicon, words: clauseWords)
        var timexTokens: [Int: Set<Int>] = [:]
        for view in views {
            var set = Set<Int>()
            for t in timexesBySentence[view.index] ?? [] {
                if let ti = view.tokens.firstIndex(where: { $0.start >= t.start }) { set.insert(ti) }
            }
            timexTokens[view.index] = set
        }
        let parsedLabels = SyntacticLabeler(lexicon: lexicon)
        let antecedents = PronounAntecedents(views: views, spans: spansBySentence)
        /// The participants the pronouns of the label being written stand for.
        final class Resolved { var actors: [Actor] = [] }
        let resolved = Resolved()
        for k in drafts.indices {
            let s = drafts[k].sentence
            drafts[k].label = labeler.label(drafts[k], view: views[s], actorSpans: spansBySentence[s], timexTokens: timexTokens[s] ?? [])
            // The parse writes the headline where it can (phases keep the names their episode gave them).
            guard drafts[k].phaseLabel == nil, let syntax = views[s].syntax else { continue }
            let toks = views[s].tokens
            let context = SyntacticLabeler.Context(
                tree: syntax.tree,
                names: spansBySentence[s].map { (toks[$0.tokStart].start..<toks[$0.tokEnd - 1].end, $0.actor) },
                times: (timexesBySentence[views[s].index] ?? []).map { $0.start..<$0.end },
                antecedent: { offset, pronoun in
                    let actor = antecedents.actor(before: offset, pronoun: pronoun)
                    if let actor { resolved.actors.append(actor) }
                    return actor?.name
                })
            resolved.actors = []
            if let l = parsedLabels.label(drafts[k], context) {
                drafts[k].label = l
                // "He said ...", labeled "Moussa Faki said ...": the one the subject pronoun stands for takes part
                // in the event (its speaker, for a saying), as if the text had named him there.
                // So does the one an object pronoun stands for ("accused him of", labeled "... accused Elon Musk of").
                if let trigger = TextSearch.range(of: drafts[k].text, caseInsensitiveIn: l) {
                    let subject = l[..<trigger.lowerBound]
                    let rest = l[trigger.upperBound...]
                    for a in resolved.actors where !drafts[k].actors.contains(where: { $0.id == a.id || $0.name == a.name }) {
                        if subject.contains(a.name) {
                            drafts[k].actors.append(a)
                        } else if rest.contains(a.name) {
                            var patient = a
                            patient.role = drafts[k].passive ? "agent" : "patient"
                            drafts[k].actors.append(patient)
                        }
                    }
                    // The names the parse's headline gives as the event's arguments take part in it too ("Purchase of
                    // Elon Musk", "Elon Musk citing concerns": a subject shared with the clause it depends on), though
                    // the clause window missed them. A saying's or perception's content is another event's.
                    // (A verb's: a noun's headline may list the sentence's names after a colon, "Trial: X, Y".)
                    let content = [.reporting, .iState, .iAction, .perception].contains(drafts[k].eventClass)
                    for span in spansBySentence[s] where drafts[k].isVerb && !drafts[k].actors.contains(where: { $0.id == span.actor.id || $0.name == span.actor.name }) {
                        let before = Self.containsWords(subject, span.actor.name)
                        guard before || (!content && Self.containsWords(rest, span.actor.name)) else { continue }
                        var actor = span.actor
                        actor.role = before == !drafts[k].passive ? "agent" : "patient"
                        drafts[k].actors.append(actor)
                    }
                }
            } else if !drafts[k].salient {
                // A minor event the text does not tell as a headline (no one does it, nothing is said of it) is not
                // worth an analyst's reading: it is left out.
                drafts[k].untold = true
            }
        }
        OneWordHeadlines.place(&drafts)
        LeftOutDates(lexicon: lexicon).pass(&drafts, views: views, timexesBySentence: timexesBySentence)
        // Every event found goes out; those of no salient type are marked minor (the timeline leaves them out).
        let emitted = drafts.indices.filter { mode == .timeml || (!drafts[$0].absorbed && !drafts[$0].untold) }
            .sorted { (drafts[$0].start, drafts[$0].end) < (drafts[$1].start, drafts[$1].end) }
        let relations = MentionRelations(lexicon: lexicon).find(views: views, drafts: drafts, emitted: emitted)
        PastPerfectBounds.pass(&drafts, emitted: emitted, relations: relations, dct: dct)
        let mentions = emitted.map { k -> EventMention in
            let d = drafts[k]
            let s = views[d.sentence].sentence
            return EventMention(
                id: d.id, doc: document.id, start: d.start, end: d.end, text: d.text, sentence: text.slice(s.start, s.end),
                sentenceStart: s.start, eventClass: d.eventClass, type: d.type, label: d.label, factuality: d.factuality,
                attribution: d.attribution, actors: d.actors, location: d.location, time: d.time, tense: d.tense,
                parent: d.parent.map { drafts[$0].id }, phaseIndex: d.phaseIndex, rule: d.rule,
                minor: mode == .salient && !d.salient ? true : nil)
        }
        return (mentions, relations)
    }

    /// Timexes grouped by the sentence that contains them, in one sweep (documents can be megabytes).
    static func bySentence(_ timexes: [Timex], views: [SentenceView]) -> [Int: [Timex]] {
        var out: [Int: [Timex]] = [:]
        let sorted = timexes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var v = 0
        for t in sorted {
            while v < views.count && views[v].sentence.end < t.end { v += 1 }
            guard v < views.count else { break }
            if t.start >= views[v].sentence.start && t.end <= views[v].sentence.end { out[views[v].index, default: []].append(t) }
        }
        return out
    }

    /// "TBILISI, Dec 5 (Reuters) -": a date near the start of the first sentences, followed by a dash.
    private func isDatelineTimex(_ t: Timex, views: [SentenceView]) -> Bool {
        guard let v = views.prefix(3).first(where: { $0.sentence.start <= t.start && t.end <= $0.sentence.end }) else { return false }
        guard let ti = v.tokens.firstIndex(where: { $0.start >= t.start }), ti <= 4 else { return false }
        let after = v.tokens.drop(while: { $0.start < t.end }).prefix(5)
        return after.contains { ["-", "\u{2013}", "\u{2014}"].contains($0.text) } && (ti == 0 || !["in", "on", "at", "since"].contains(v.tokens[ti - 1].lower))
    }

    /// "Wednesday, June 26, 2024 - The wave of unrest swept ...": further down a page (under a headline and a
    /// teaser), a paragraph that opens with a full date and a dash is a dateline too. The start offsets of
    /// such dates, found in one pass over the paragraphs' first sentences (a document can be megabytes).
    private func paragraphDatelines(_ timexesBySentence: [Int: [Timex]], views: [SentenceView]) -> Set<Int> {
        var starts = Set<Int>()
        for (n, v) in views.enumerated() where n == 0 || views[n - 1].paragraph != v.paragraph {
            guard let first = v.tokens.first,
                let t = timexesBySentence[v.index]?.first(where: { $0.start <= first.start && first.start < $0.end }),
                t.text.contains(where: \.isNumber), t.dayRange?.lengthInDays == 1,
                let next = v.tokens.first(where: { $0.start >= t.end }), ["-", "\u{2013}", "\u{2014}"].contains(next.text)
            else { continue }
            starts.insert(t.start)
        }
        return starts
    }

    /// Whether `name` occurs in `text` as whole words (not "Tesla" in "Teslas").
    static func containsWords(_ text: Substring, _ name: String) -> Bool {
        var from = text.startIndex
        while let r = TextSearch.range(of: name, in: text, from: from) {
            let okBefore = r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter
            let okAfter = r.upperBound == text.endIndex || !text[r.upperBound].isLetter
            if okBefore && okAfter { return true }
            from = r.upperBound
        }
        return false
    }

    private func makeViews(
        text: ScalarText, sentences: [Sentence], tokens shared: DocumentTokens, syntax: [SentenceSyntax]?, document: Document
    ) -> [SentenceView] {
        var views: [SentenceView] = []
        var paragraph = 0
        var prevEnd = 0
        var inQuote = false
        var documentWordIDs = WordIDMemo()
        for (n, s) in sentences.enumerated() {
            // Line feeds between the previous sentence and this one, scanned in place: a blank
            // line starts a paragraph (counted as Characters, so "\r\n" is not "\n"), any line
            // feed ends a quotation.
            var gapLineFeeds = 0
            var gapHasLineFeed = false
            let gapStart = max(0, min(prevEnd, text.count))
            var g = gapStart
            while g < min(s.start, text.count) {
                if text.scalars[g] == "\n" {
                    gapHasLineFeed = true
                    if !(g > gapStart && text.scalars[g - 1] == "\r") { gapLineFeeds += 1 }
                }
                g += 1
            }
            if n > 0 && gapLineFeeds >= 2 { paragraph += 1 }
            prevEnd = s.end
            var toks = Array(shared.sentence(n))
            // Each token's word looked up once here (a document's words repeat: most are found
            // in a small table of the document's own, without the process cache's lock); the
            // stages read its facts by id.
            for k in toks.indices {
                toks[k].wordID = documentWordIDs.id(toks[k].lower) { lexicon.wordID($0) }
            }
            var quoted: [Bool] = []
            if n > 0 && gapHasLineFeed { inQuote = false }
            for t in toks {
                // (Quotation marks are one-scalar punctuation tokens.)
                if t.kind != .punctuation { quoted.append(inQuote); continue }
                let isQuote = t.text == "\"" || t.text == "\u{201C}" || t.text == "\u{201D}"
                if t.text == "\u{201C}" { inQuote = true; quoted.append(false); continue }
                if t.text == "\u{201D}" { inQuote = false; quoted.append(false); continue }
                if isQuote { inQuote.toggle(); quoted.append(false); continue }
                quoted.append(inQuote)
            }
            views.append(SentenceView(index: n, sentence: s, tokens: toks, quoted: quoted, paragraph: paragraph, syntax: syntax?[n]))
        }
        return views
    }

}
