import Foundation

/// Accuracy of predicted sentences against gold ones with the same words, the CoNLL 2018 way:
/// every word counts (punctuation too); LAS compares relations without their subtypes.
public struct SyntaxScore: Sendable {
    public var words = 0
    public var upos = 0
    public var xpos = 0
    public var lemma = 0
    public var unlabeled = 0
    public var labeled = 0

    public init() {}

    public mutating func add(gold: CoNLLUSentence, predicted: CoNLLUSentence) {
        precondition(gold.words.count == predicted.words.count, "sentences differ in length")
        for (g, p) in zip(gold.words, predicted.words) {
            words += 1
            if g.upos == p.upos { upos += 1 }
            if g.xpos == p.xpos { xpos += 1 }
            if g.lemma == p.lemma { lemma += 1 }
            if g.head == p.head {
                unlabeled += 1
                if g.universalRelation == p.universalRelation { labeled += 1 }
            }
        }
    }

    func percent(_ x: Int) -> Double { words == 0 ? 0 : 100 * Double(x) / Double(words) }
    public var uposAccuracy: Double { percent(upos) }
    public var xposAccuracy: Double { percent(xpos) }
    public var lemmaAccuracy: Double { percent(lemma) }
    public var uas: Double { percent(unlabeled) }
    public var las: Double { percent(labeled) }

    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        return "words \(words)  UPOS \(f(uposAccuracy))  XPOS \(f(xposAccuracy))  lemma \(f(lemmaAccuracy))  UAS \(f(uas))  LAS \(f(las))"
    }
}
