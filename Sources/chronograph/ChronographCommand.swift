import ArgumentParser

@main
struct ChronographCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronograph",
        abstract: "Turns news articles into a chronology: dates, events, who, where, and which source says so.",
        discussion: """
            Exit codes: 0 success; 1 some inputs had errors (the others were processed and written); \
            2 no input could be read; 3 an output could not be written; 4 the store could not be used \
            (not a store, damaged, of a newer version, not writable); 64 wrong usage.
            """,
        subcommands: [BuildCommand.self, ExtractCommand.self, ParseCommand.self, IngestCommand.self, RenderCommand.self],
        defaultSubcommand: nil)
}
