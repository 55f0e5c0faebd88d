import ChronographSyntax
import Foundation

// chronograph-train: trains the syntax model (tagger + parser + word splitter) from CoNLL-U
// treebanks, writes it, and scores it on development files. `Scripts/train-syntax` runs it
// with the project's settings. `chronograph-train furniture ...` trains the page-furniture line
// classifier instead (FurnitureCommand.swift; `Scripts/train-furniture`).
//
//   chronograph-train --train A.conllu [--train B.conllu ...] [--dev D.conllu ...] [--out MODEL]
//                     [--tagger-iterations N] [--parser-iterations N] [--jackknife K] [--prune MIN]
//   chronograph-train --model MODEL --dev D.conllu ... [--prune MIN --out PRUNED]   (score an existing model)
//
// --prune MIN drops the weights smaller in magnitude than MIN (in the trained scale) before the
// model is written: most of a model file is rare features' small weights.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("chronograph-train: \(message)\n".utf8))
    exit(2)
}

let started = Date()
func log(_ s: String) {
    FileHandle.standardError.write(Data((String(format: "[%7.1fs] ", Date().timeIntervalSince(started)) + s + "\n").utf8))
}

func read(_ path: String) -> [CoNLLUSentence] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("\(path): cannot read") }
    do { return try CoNLLUReader.read(text) } catch { fail("\(path): \(error)") }
}

func evaluate(_ model: SyntaxModel, on paths: [String]) {
    for path in paths {
        let gold = read(path)
        let annotator = SyntaxAnnotator(model: model)
        var score = SyntaxScore()
        let t0 = Date()
        for sentence in gold {
            var predicted = sentence
            if ProcessInfo.processInfo.environment["CHRONOGRAPH_GOLD_TAGS"] == "1" {
                annotator.parseWithGivenTags(&predicted.words)
            } else {
                annotator.annotate(&predicted.words)
            }
            score.add(gold: sentence, predicted: predicted)
        }
        let seconds = Date().timeIntervalSince(t0)
        log("\(path): \(score.summary)  (\(Int(Double(score.words) / seconds)) words/s)")
    }
}

if CommandLine.arguments.dropFirst().first == "furniture" {
    trainFurniture(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

var trainFiles: [String] = []
var devFiles: [String] = []
var outPath: String? = nil
var modelPath: String? = nil
var taggerTrainer = TaggerTrainer()
var parserTrainer = ParserTrainer()
var lexiconPath: String? = nil
var taggerOnly = false
var pruneBelow: Float? = nil
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let option = arguments.removeFirst()
    guard !arguments.isEmpty else { fail("\(option) needs a value") }
    let value = arguments.removeFirst()
    func number() -> Int {
        guard let n = Int(value), n >= 1 else { fail("\(option) needs a positive number, not \"\(value)\"") }
        return n
    }
    switch option {
    case "--train": trainFiles.append(value)
    case "--dev": devFiles.append(value)
    case "--out": outPath = value
    case "--model": modelPath = value
    case "--tagger-iterations": taggerTrainer.iterations = number()
    case "--parser-iterations": parserTrainer.iterations = number()
    case "--jackknife": taggerTrainer.folds = number()
    case "--lexicon": lexiconPath = value
    case "--second-pass": taggerTrainer.secondPass = value == "yes"
    case "--tagger-only": taggerOnly = value == "yes"
    case "--prune":
        guard let minimum = Float(value), minimum > 0 else { fail("--prune needs a positive number, not \"\(value)\"") }
        pruneBelow = minimum
    default: fail("unknown option \(option)")
    }
}

if let modelPath {
    guard let bytes = FileManager.default.contents(atPath: modelPath) else { fail("\(modelPath): cannot read") }
    do {
        var model = try SyntaxModelFile.decode([UInt8](bytes))
        if !trainFiles.isEmpty {
            // With --train: the lemmatizer and word splitter are made again from the treebanks.
            let train = trainFiles.flatMap(read)
            model = model.with(lemmatizer: TaggerTrainer.lemmatizer(train), splitter: WordSplitter.learn(from: train))
            log("lemmatizer and splitter made again from \(train.count) sentences")
        }
        if let minimum = pruneBelow {
            model = model.pruned(minimum: minimum)
            log("pruned below \(minimum): \(SyntaxModelFile.encode(model).count) bytes")
        }
        if let outPath {
            guard FileManager.default.createFile(atPath: outPath, contents: Data(SyntaxModelFile.encode(model))) else { fail("\(outPath): cannot write") }
        }
        evaluate(model, on: devFiles)
    } catch { fail("\(modelPath): \(error)") }
    exit(0)
}
guard !trainFiles.isEmpty else { fail("no --train file") }

let train = trainFiles.flatMap(read)
log("training sentences: \(train.count), words: \(train.reduce(0) { $0 + $1.words.count })")
if let lexiconPath {
    guard let text = try? String(contentsOfFile: lexiconPath, encoding: .utf8) else { fail("\(lexiconPath): cannot read") }
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let parts = line.split(separator: "\t")
        guard parts.count == 2 else { fail("\(lexiconPath): a line is not form<TAB>tags: \(line)") }
        taggerTrainer.lexicon[String(parts[0])] = parts[1].split(separator: ",").map(String.init)
    }
    log("lexicon: \(taggerTrainer.lexicon.count) forms")
}
taggerTrainer.log = log
parserTrainer.log = log
let (taggerModel, tags) = taggerTrainer.train(train)
if taggerOnly {
    for path in devFiles {
        let gold = read(path)
        let tagger = Tagger(model: taggerModel)
        var right = 0
        var total = 0
        for s in gold {
            let predicted = tagger.tag(s.words.map(\.form))
            for (w, t) in zip(s.words, predicted) {
                total += 1
                if taggerModel.tags.upos[t] == w.upos { right += 1 }
            }
        }
        log("\(path): UPOS \(String(format: "%.2f", 100 * Double(right) / Double(total)))")
    }
    exit(0)
}
let parserModel = parserTrainer.train(
    train.indices.map { i in
        ParserTrainer.Example(
            words: taggerModel.parserWords(train[i].words.map(\.form), tags: tags[i]), heads: train[i].words.map(\.head),
            relations: train[i].words.map(\.deprel))
    })
let splitter = WordSplitter.learn(from: train)
log("splitter: \(splitter.multiword.count) multiword tokens, clitics \(splitter.clitics), \(splitter.hyphenPrefixes.count) hyphen prefixes, \(splitter.abbreviations.count) abbreviations")
var model = SyntaxModel(tagger: taggerModel, parser: parserModel, splitter: splitter)
if let minimum = pruneBelow {
    model = model.pruned(minimum: minimum)
    log("pruned below \(minimum)")
}
if let outPath {
    let bytes = SyntaxModelFile.encode(model)
    guard FileManager.default.createFile(atPath: outPath, contents: Data(bytes)) else { fail("\(outPath): cannot write") }
    log("model: \(bytes.count) bytes written to \(outPath)")
    // Score what was written, so that the figures are those of the file.
    do { model = try SyntaxModelFile.decode(bytes) } catch { fail("the written model does not read back: \(error)") }
}
evaluate(model, on: devFiles)
