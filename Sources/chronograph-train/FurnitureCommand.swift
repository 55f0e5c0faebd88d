import Chronograph
import Foundation

// chronograph-train furniture: trains the page-furniture line classifier from annotated pages
// (`Scripts/train-furniture` exports them from Benchmarks/page-furniture and runs this).
//
//   chronograph-train furniture --train PAGES.jsonl [--dev DEV.jsonl] [--out MODEL.tsv]
//                     [--threshold T] [--folds K] [--epochs N] [--content-cost C] [--errors]
//                     [--algorithm logistic|perceptron] [--l2 L] [--iterations N] [--min-pages N]
//
// PAGES.jsonl: one page a line, {"id", "text", "title"?, "furniture": [[start, end], ...],
// "content": [[start, end], ...]} (Unicode scalar offsets of the annotated lines).

func readLabelledPages(_ path: String) -> [LabelledPage] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read") }
    var pages: [LabelledPage] = []
    for (n, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let id = object["id"] as? String, let text = object["text"] as? String
        else { fail("\(path):\(n + 1): expected {\"id\", \"text\", \"furniture\", \"content\"}") }
        func ranges(_ key: String) -> [Range<Int>] {
            ((object[key] as? [[Int]]) ?? []).compactMap { $0.count == 2 && $0[0] < $0[1] ? $0[0]..<$0[1] : nil }
        }
        pages.append(LabelledPage(id: id, text: text, title: object["title"] as? String, furniture: ranges("furniture"), content: ranges("content")))
    }
    return pages
}

func trainFurniture(_ arguments: [String]) {
    var arguments = arguments
    var trainPath: String?
    var devPath: String?
    var outPath: String?
    var threshold = 0.0
    var folds = 5
    var showErrors = false
    var trainer = FurnitureTrainer()
    while !arguments.isEmpty {
        let option = arguments.removeFirst()
        if option == "--errors" {
            showErrors = true
            continue
        }
        guard !arguments.isEmpty else { fail("\(option) needs a value") }
        let value = arguments.removeFirst()
        func number() -> Double {
            guard let n = Double(value) else { fail("\(option): \(value) is not a number") }
            return n
        }
        switch option {
        case "--train": trainPath = value
        case "--dev": devPath = value
        case "--out": outPath = value
        case "--threshold": threshold = number()
        case "--folds": folds = Int(number())
        case "--epochs": trainer.epochs = Int(number())
        case "--content-cost": trainer.contentCost = number()
        case "--l2": trainer.l2 = number()
        case "--min-pages": trainer.minimumPages = Int(number())
        case "--iterations": trainer.iterations = Int(number())
        case "--algorithm":
            guard let a = FurnitureTrainer.Algorithm(rawValue: value) else { fail("--algorithm: logistic or perceptron") }
            trainer.algorithm = a
        default: fail("unknown option \(option)")
        }
    }
    guard let trainPath else { fail("furniture: --train PAGES.jsonl is required") }
    let pages = readLabelledPages(trainPath)
    log("\(pages.count) training pages")
    if folds > 1 {
        log("\(folds)-fold cross-validation on the training pages: \(trainer.crossValidate(pages, folds: folds, threshold: threshold).summary)")
    }
    var model = trainer.train(pages)
    model.threshold = threshold
    log("model: \(model.weights.count) weighted features; on its own training pages: \(trainer.evaluate(model, on: pages).summary)")
    if let devPath {
        let dev = readLabelledPages(devPath)
        let thresholds = trainer.algorithm == .logistic ? [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0] : [-4.0, -2.0, 0.0, 2.0, 4.0, 6.0, 8.0]
        for t in thresholds {
            log("\(devPath) at threshold \(t)\(t == threshold ? " (chosen)" : ""): \(trainer.evaluate(model, on: dev, threshold: t).summary)")
        }
        if showErrors {
            for page in dev {
                let scalars = Array(page.text.unicodeScalars)
                for line in trainer.scoredLines(model, page: page, threshold: threshold) where line.found != line.furniture {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + 90)])
                    print("\(line.furniture ? "missed" : "taken ") \(String(format: "%6.1f", line.score)) \(page.id): \(String(view))")
                }
            }
        }
    }
    if let outPath {
        let header = [
            "Page-furniture line classifier, made by Scripts/train-furniture (chronograph-train furniture).",
            "Trained on Benchmarks/page-furniture/pages.jsonl + labels.txt: \(pages.count) news web page excerpts from the search tool's stored public pages, each with its URL;",
            "the labels are the project's own annotation (furniture = not the article). "
                + (trainer.algorithm == .logistic
                    ? "Logistic regression: \(trainer.iterations) AdaGrad iterations, L2 \(trainer.l2), content-error cost \(trainer.contentCost), words seen on at least \(trainer.minimumPages) pages."
                    : "Averaged perceptron: \(trainer.epochs) epochs, content-error cost \(trainer.contentCost), seed \(trainer.seed)."),
            "A line is furniture when the sum of its features' weights is above the threshold. Features: Sources/Chronograph/Furniture/LineFeatures.swift.",
        ]
        do { try model.file(header: header).write(toFile: outPath, atomically: true, encoding: .utf8) } catch { fail("\(outPath): \(error)") }
        log("wrote \(outPath)")
    }
}
