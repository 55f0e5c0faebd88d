import Chronograph
import Foundation
import Testing

/// `output/` is committed: it must be exactly what the main command makes from `seeds/` now.
@Suite("output/ is current")
struct OutputFreshnessTests {
    @Test func committedOutputMatchesAFreshBuild() throws {
        let fresh = try TestSupport.temporaryFolder()
        let run = try TestSupport.buildSeeds(into: fresh)
        #expect(run.status == 0, "\(run.stderr)")
        let committed = TestSupport.root.appendingPathComponent("output")
        let freshFiles = try files(under: fresh)
        let committedFiles = try files(under: committed)
        #expect(freshFiles == committedFiles, "output/ lists other files than a fresh build: run Scripts/run-seeds")
        // Every file byte for byte (the PDF's creation date is fixed by the renderer).
        for name in freshFiles {
            let a = try Data(contentsOf: fresh.appendingPathComponent(name))
            let b = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(a == b, "output/\(name) is stale: run Scripts/run-seeds and commit output/")
        }
    }

    private func files(under root: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var names: [String] = []
        while let rel = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(rel).path, isDirectory: &isDir), !isDir.boolValue {
                names.append(rel)
            }
        }
        return names.sorted()
    }
}
