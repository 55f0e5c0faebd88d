import Chronograph
import Foundation
import Testing

@Suite("Writing and ordering")
struct InfrastructureTests {
    @Test func atomicWriteReplacesWholeFileAndLeavesNoTemporaryFile() throws {
        let dir = try TestSupport.temporaryFolder()
        let path = dir.appendingPathComponent("nested/out.json").path
        try AtomicFileWriter.write("old", to: path)
        try AtomicFileWriter.write(String(repeating: "new", count: 100_000), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).count == 300_000)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("nested").path)
        #expect(names == ["out.json"])
    }

    @Test func atomicWriteIntoUnwritablePlaceFailsClearly() throws {
        #expect(throws: AtomicFileWriter.WriteError.self) {
            try AtomicFileWriter.write("x", to: "/proc/chronograph-cannot-write/out.txt")
        }
    }

    @Test func parallelMapKeepsInputOrder() async throws {
        for jobs in [1, 2, 8] {
            var seen: [Int] = []
            await orderedParallelMap(0..<500, jobs: jobs) { i -> Int in
                // Uneven work so that completion order differs from input order.
                var x = 0
                for k in 0..<((i % 7) * 2000) { x &+= k }
                return i + (x == -1 ? 1 : 0)
            } emit: { seen.append($0) }
            #expect(seen == Array(0..<500), "jobs=\(jobs)")
        }
    }
}
