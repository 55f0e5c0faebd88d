import ArgumentParser
import Chronograph
import ChronographCore
import ChronographSyntax
import Foundation

/// `chronograph parse`: part-of-speech tags, lemmas and dependencies, as CoNLL-U.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the syntax of each sentence (tags, lemmas, dependency tree) as CoNLL-U.",
        discussion: """
            Text input (plain text, Markdown, HTML, JSON Lines) is split into sentences and into \
            words the Universal Dependencies way ("don't" -> do + n't, with a multiword-token line); \
            MISC holds SpaceAfter=No and TokenRange=START:END, the word's Unicode scalar offsets in \
            the document. With --input-format conllu (or a .conllu file) the words of the file are \
            kept (columns 1, 2 and 10; multiword-token and empty-node lines pass through) and \
            columns 3-8 are predicted, so that a treebank can be scored with its own tokenization.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case auto, text, markdown, html, jsonl, conllu
    }

    @Argument(help: "Files, folders (read recursively) or - for standard input.")
    var inputs: [String]

    @Option(name: .customLong("input-format"), help: "auto (by extension: .conllu is CoNLL-U), text, markdown, html, jsonl or conllu.")
    var inputFormat: Format = .auto

    @Option(help: "Language of the input (the syntax model to use).")
    var language: String = "en"

    @Flag(help: "No warnings; errors are still printed.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input (a file, a folder, or - for standard input)") }
    }

    func run() async throws {
        let console = Console(quiet: quiet)
        let parser: DocumentParser
        do {
            parser = try DocumentParser(language: language)
        } catch {
            console.report("error: \(error)", isError: true)
            throw ExitCode(2)
        }
        let conllu = inputs.filter { inputFormat == .conllu || (inputFormat == .auto && $0.hasSuffix(".conllu")) }
        let others = inputs.filter { !conllu.contains($0) }
        var failures = 0
        for path in conllu {
            failures += parseCoNLLU(path, parser: parser, console: console) ? 0 : 1
        }
        var documents = 0
        if !others.isEmpty {
            let format: InputFormat =
                switch inputFormat {
                case .text: .text
                case .markdown: .markdown
                case .html: .html
                case .jsonl: .jsonl
                case .auto, .conllu: .auto
                }
            let source = try DocumentSource(inputs: others, format: format)
            let splitter = SentenceSplitter.forLanguage(language)
            for item in source {
                switch item {
                case .problem(let problem):
                    console.report(problem.description, isError: problem.severity == .error)
                    if problem.severity == .error { failures += 1 }
                case .document(let document, let warnings):
                    for w in warnings { console.report(w.description, isError: false) }
                    documents += 1
                    let text = ScalarText(document.text)
                    let tokens = DocumentTokens(text, sentences: splitter.split(text))
                    var out = "# newdoc id = \(document.id)\n"
                    for (i, tree) in parser.parse(text, tokens: tokens).enumerated() {
                        CoNLLUWriter.append(CoNLLUSentence(tree: tree, text: text, id: "\(document.id)-\(i + 1)"), to: &out)
                    }
                    console.out(out)
                }
            }
        }
        console.flush()
        if failures > 0 { throw ExitCode(documents > 0 || conllu.count > failures ? 1 : 2) }
    }

    /// Re-annotates the words of a CoNLL-U file; false (with the problem reported) when it
    /// cannot be read.
    private func parseCoNLLU(_ path: String, parser: DocumentParser, console: Console) -> Bool {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else {
            console.report("\(path): error: cannot read the file", isError: true)
            return false
        }
        guard let text = String(data: data, encoding: .utf8) else {
            console.report("\(path): error: not UTF-8 text", isError: true)
            return false
        }
        let sentences: [CoNLLUSentence]
        do {
            sentences = try CoNLLUReader.read(text, wordsOnly: true)
        } catch let error as CoNLLUError {
            console.report("\(path):\(error.line): error: \(error.message)", isError: true)
            return false
        } catch {
            console.report("\(path): error: \(error)", isError: true)
            return false
        }
        var out = ""
        let annotator = SyntaxAnnotator(model: parser.model)
        for var sentence in sentences {
            annotator.annotate(&sentence.words)
            CoNLLUWriter.append(sentence, to: &out)
            if out.utf8.count > 1 << 20 {
                console.out(out)
                out = ""
            }
        }
        console.out(out)
        return true
    }
}
