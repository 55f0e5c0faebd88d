import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file
/// in the same folder, are flushed to disk, and the file is renamed over the target.
/// An interrupted run leaves the old file (or none), never a truncated one.
public enum AtomicFileWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { put in try put(bytes) }
    }

    /// Writes the pieces `produce` hands to `put`, in order, as one file: memory holds a piece at a
    /// time, not the file. Nothing is renamed into place unless `produce` returns and all was written.
    public static func write(to path: String, produce: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw WriteError(path: path, reason: "cannot create folder \(folder)")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temp = (folder.isEmpty ? "." : folder) + "/.\(name).tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var err: Int32 = 0
        let put: ([UInt8]) throws -> Void = { bytes in
            var written = 0
            let ok: Bool = bytes.withUnsafeBytes { raw in
                while written < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                    if n <= 0 { return false }
                    written += n
                }
                return true
            }
            if !ok {
                err = errno
                throw WriteError(path: path, reason: String(cString: strerror(err)))
            }
        }
        do {
            try produce(put)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        let synced = fsync(fd) == 0
        if !synced { err = errno }
        close(fd)
        guard synced else {
            unlink(temp)
            throw WriteError(path: path, reason: String(cString: strerror(err)))
        }
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(path: path, reason: reason)
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}
