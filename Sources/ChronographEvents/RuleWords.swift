import ChronographCore
import Foundation

/// The closed-class word lists the extraction rules read (`rule-words.tsv`): which words open a
/// charge, end a headline's complement, show a verb's tense, make a claimant... One named list a
/// line in the resource, so a second language supplies its own lists instead of editing the rules.
///
/// Every list is required: a language folder that lacks one fails to load with the list's name,
/// rather than silently running a rule with no words.
///
/// A class: the rules read these lists for every token, and a struct of some eighty sets would be
/// copied (a retain and a release per set) at each access through a lexicon value.
final class RuleWords: Sendable {
    /// The infinitive marker(s): "to".
    let infinitive: RuleList
    // TriggerDetector
    let triggerAuxiliaryLemmas, triggerNounOpeners, triggerPrepositions, triggerVerbOpeners: RuleList
    let triggerEventSuffixes, triggerAdjectiveSuffixes: [String]
    // ChargeRule
    let chargeOpeners, chargeSearchEnd, chargeEnd: RuleList
    // AttributiveParticiples
    let participleDeterminers, participleNotBefore: RuleList
    // SubjectTriggerRule
    let subjectBetween, subjectAspectual, subjectBoundary, subjectLocationPrepositions: RuleList
    // TenseReader
    let tenseAdverbs, pastPerfect, presentPerfect, future, past, present: RuleList
    let perfectParticiple, bareBe, modals, doPast, doPresent: RuleList
    // FactualityAnalyzer
    let claimRelatives, claimSubordinators, claimSubjectDeterminers, claimLeadingWords, claimCitingFrom: RuleList
    let claimTrailingWords, claimPassiveBe, nounPhraseOpeners: RuleList
    let conditionWords, negativeConditions, withoutWords, clauseBreaks, conditionalPerfect, futureModals, pronouns: RuleList
    let preventionObjectEnd, preventionPlanNouns: RuleList
    // Labeler
    let labelStopAfter, labelStopWords, labelStopPhrases, labelDanglingEnds, labelCoordinators, labelNameCoordinators: RuleList
    let labelStatementContent, labelDatePrepositions, labelSkippedPossessives, labelPassiveAuxiliaries: RuleList
    let labelNotInSubject, labelPronounSubjects, labelClaimantPronouns, labelNegationOrModal: RuleList
    let labelNotModifier, labelArticles, labelAgentPrepositions, labelComplementPrepositions: RuleList
    // PhaseDetector
    /// Ordinal words in order: "first" is phase 1.
    let phaseOrdinals: [String: Int]
    let phaseSegmentTrim, phaseLeadWords, phaseDescriptionStop, phaseDescriptionTrim: RuleList
    // DependentTriggers
    let planContent, chargePrepositions, definiteDeterminers, copulaAdverbs, copulas: RuleList
    let declaringLemmas, declaringStatementLemmas, planCopulas: RuleList

    /// For each word of the lists, the lists it is in (by ``RuleList/bit``); read once per word
    /// into its ``WordFacts/ruleLists``.
    let bitsByWord: WordMap<RuleBits>
    /// The number of bits the lists take.
    let listCount: Int

    /// No words at all (the value before a language is loaded).
    static let empty = try! RuleWords(lists: [:], file: nil)

    /// Reads the lists from `lines` (the entry lines of `rule-words.tsv`); `file` names it in errors.
    convenience init(lines: [String], file: String, facts: WordCache<WordFacts>? = nil) throws {
        var lists: [String: [String]] = [:]
        for line in lines {
            let f = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = f.first, !name.isEmpty else { throw ResourceError.invalid(file, line) }
            // "in_case" is the phrase "in case"; "_" alone is the underscore token.
            let words = f.count > 1 ? f[1].split(separator: " ").map { $0.count > 1 ? $0.replacingOccurrences(of: "_", with: " ") : String($0) } : []
            guard lists[String(name)] == nil else { throw ResourceError.invalid(file, "list \(name) given twice") }
            lists[String(name)] = words
        }
        try self.init(lists: lists, file: file, facts: facts)
    }

    /// `file` nil: missing lists are empty; else a missing list is an error naming the file.
    private init(lists: [String: [String]], file: String?, facts: WordCache<WordFacts>? = nil) throws {
        func ordered(_ name: String) throws -> [String] {
            if let l = lists[name] { return l }
            if let file { throw ResourceError.invalid(file, "missing word list \(name)") }
            return []
        }
        var bit = 0
        var bitsByWord = WordMap<RuleBits>()
        func set(_ name: String) throws -> RuleList {
            let words = try ordered(name)
            precondition(bit < RuleBits.capacity, "rule-words.tsv has more lists than RuleBits holds")
            for w in words { bitsByWord.update(w, default: RuleBits()) { $0.insert(bit) } }
            defer { bit += 1 }
            return RuleList(words: WordSet(words), bit: bit, facts: facts)
        }
        infinitive = try set("infinitive")
        triggerAuxiliaryLemmas = try set("trigger.auxiliary-lemma")
        triggerNounOpeners = try set("trigger.noun-opener")
        triggerPrepositions = try set("trigger.preposition")
        triggerVerbOpeners = try set("trigger.verb-opener")
        triggerEventSuffixes = try ordered("trigger.event-suffix")
        triggerAdjectiveSuffixes = try ordered("trigger.adjective-suffix")
        chargeOpeners = try set("charge.opener")
        chargeSearchEnd = try set("charge.search-end")
        chargeEnd = try set("charge.end")
        participleDeterminers = try set("participle.determiner")
        participleNotBefore = try set("participle.not-before")
        subjectBetween = try set("subject.between")
        subjectAspectual = try set("subject.aspectual")
        subjectBoundary = try set("subject.boundary")
        subjectLocationPrepositions = try set("subject.location-preposition")
        tenseAdverbs = try set("tense.adverb")
        pastPerfect = try set("tense.past-perfect")
        presentPerfect = try set("tense.present-perfect")
        future = try set("tense.future")
        past = try set("tense.past")
        present = try set("tense.present")
        perfectParticiple = try set("tense.perfect-participle")
        bareBe = try set("tense.bare-be")
        modals = try set("tense.modal")
        doPast = try set("tense.do-past")
        doPresent = try set("tense.do-present")
        claimRelatives = try set("claim.relative")
        claimSubordinators = try set("claim.subordinator")
        claimSubjectDeterminers = try set("claim.subject-determiner")
        claimLeadingWords = try set("claim.leading-word")
        claimCitingFrom = try set("claim.citing-from")
        claimTrailingWords = try set("claim.trailing-word")
        claimPassiveBe = try set("claim.passive-be")
        nounPhraseOpeners = try set("claim.noun-phrase-preposition")
        conditionWords = try set("factuality.condition")
        negativeConditions = try set("factuality.negative-condition")
        withoutWords = try set("factuality.without")
        clauseBreaks = try set("factuality.clause-break")
        conditionalPerfect = try set("factuality.conditional-perfect")
        futureModals = try set("factuality.future-modal")
        pronouns = try set("factuality.pronoun")
        preventionObjectEnd = try set("prevention.object-end")
        preventionPlanNouns = try set("prevention.plan-noun")
        labelStopAfter = try set("label.stop-after")
        labelStopWords = try set("label.stop-word")
        labelStopPhrases = try set("label.stop-phrase")
        labelDanglingEnds = try set("label.dangling-end")
        labelCoordinators = try set("label.coordinator")
        labelNameCoordinators = try set("label.name-coordinator")
        labelStatementContent = try set("label.statement-content")
        labelDatePrepositions = try set("label.date-preposition")
        labelSkippedPossessives = try set("label.skipped-possessive")
        labelPassiveAuxiliaries = try set("label.passive-auxiliary")
        labelNotInSubject = try set("label.not-in-subject")
        labelPronounSubjects = try set("label.pronoun-subject")
        labelClaimantPronouns = try set("label.claimant-pronoun")
        labelNegationOrModal = try set("label.negation-or-modal")
        labelNotModifier = try set("label.not-modifier")
        labelArticles = try set("label.article")
        labelAgentPrepositions = try set("label.agent-preposition")
        labelComplementPrepositions = try set("label.complement-preposition")
        var ordinals: [String: Int] = [:]
        for (n, w) in try ordered("phase.ordinal").enumerated() {
            guard ordinals[w] == nil else { throw ResourceError.invalid(file ?? "rule-words.tsv", "phase.ordinal lists \(w) twice") }
            ordinals[w] = n + 1
        }
        phaseOrdinals = ordinals
        phaseSegmentTrim = try set("phase.segment-trim")
        phaseLeadWords = try set("phase.lead-word")
        phaseDescriptionStop = try set("phase.description-stop")
        phaseDescriptionTrim = try set("phase.description-trim")
        planContent = try set("dependent.plan-content")
        chargePrepositions = try set("dependent.charge-preposition")
        definiteDeterminers = try set("dependent.definite-determiner")
        copulaAdverbs = try set("dependent.copula-adverb")
        copulas = try set("dependent.copula")
        declaringLemmas = try set("dependent.declaring-lemma")
        declaringStatementLemmas = try set("dependent.declaring-statement-lemma")
        planCopulas = try set("dependent.plan-copula")
        self.bitsByWord = bitsByWord
        listCount = bit
    }

    /// `facts`: the lexicon's word facts, which answer ``RuleList/contains(_:)-(Token)`` by a
    /// token's word id.
    static func load(language: String, facts: WordCache<WordFacts>? = nil) throws -> RuleWords {
        let file = "Resources/\(language)/rule-words.tsv"
        let lines = resourceLines(language: language)
        if lines.isEmpty { throw ResourceError.missing(file) }
        return try RuleWords(lines: lines, file: file, facts: facts)
    }

    /// The entry lines of the language's `rule-words.tsv` (empty when it is missing).
    static func resourceLines(language: String) -> [String] {
        ResourceFile.lines(named: "rule-words.tsv", language: language, bundle: .module)
    }

    /// Whether the words at `i` and `i + 1` form one of `phrases` ("in case").
    static func startsPhrase(_ phrases: RuleList, _ toks: [Token], at i: Int) -> Bool {
        i + 1 < toks.count && phrases.contains(toks[i].lower + " " + toks[i + 1].lower)
    }
}

/// One list of `rule-words.tsv`: its words, and its bit in every word's ``WordFacts/ruleLists``,
/// so that asking whether a token (with a word id) is in the list is a bit test rather than
/// hashing its text, however many lists the rules ask about for each token.
struct RuleList: Sendable {
    let words: WordSet
    let bit: Int
    /// The word facts that hold the bits (nil: lists made without a lexicon; strings only).
    let facts: WordCache<WordFacts>?

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }

    @inline(__always) func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the token's lower-case form is in the list.
    @inline(__always) func contains(_ t: Token) -> Bool {
        if t.wordID >= 0, let facts { return facts.value(id: t.wordID).ruleLists.contains(bit) }
        return words.contains(t.lower)
    }
}

extension RuleList: Sequence {
    func makeIterator() -> WordSet.Iterator { words.makeIterator() }
}

/// A set of ``RuleList`` bits.
struct RuleBits: Sendable {
    static let capacity = 128
    private var lo: UInt64 = 0
    private var hi: UInt64 = 0

    mutating func insert(_ bit: Int) {
        if bit < 64 { lo |= 1 << UInt64(bit) } else { hi |= 1 << UInt64(bit - 64) }
    }

    func union(_ other: RuleBits) -> RuleBits {
        var u = self
        u.lo |= other.lo
        u.hi |= other.hi
        return u
    }

    @inline(__always) func contains(_ bit: Int) -> Bool {
        bit < 64 ? lo & (1 << UInt64(bit)) != 0 : hi & (1 << UInt64(bit - 64)) != 0
    }
}
