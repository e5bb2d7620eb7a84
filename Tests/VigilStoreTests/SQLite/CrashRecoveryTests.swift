import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Crash recovery")
struct CrashRecoveryTests {
    /// Batch `index`: 4 tags × 500 one-second points, values that encode the batch and position.
    private static func batch(_ index: Int) -> [Observation] {
        (0..<500).flatMap { step in
            (0..<4).map { tag in
                let time = Int64(index * 500 + step) * 1000
                return Observation(tag: TagID("tag-\(tag)"), timestamp: Timestamp(milliseconds: time), value: Double(index * 10_000 + step) / 100)
            }
        }
    }

    /// The child process ingests batches and logs each one after the append returns; a thread
    /// kills it with SIGKILL a while after the first acknowledgement, wherever the writer is.
    @Test("a process killed with SIGKILL mid-ingest loses no acknowledged batch and keeps no partial one", arguments: [20, 100, 300])
    func killedMidIngest(delayMilliseconds: Int) async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path
        await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String, delayMilliseconds = delayMilliseconds as Int] in
            let store = try SQLiteStore(location: .directory(path))
            let log = open(path + "/acknowledged", O_WRONLY | O_CREAT | O_APPEND, 0o644)
            let killer = Thread {
                usleep(UInt32(delayMilliseconds * 1000))
                kill(getpid(), SIGKILL)
            }
            for index in 0..<100_000 {
                try await store.appendObservations(Self.batch(index))
                let line = Array("\(index)\n".utf8)
                _ = line.withUnsafeBytes { write(log, $0.baseAddress, $0.count) }
                if index == 0 { killer.start() }
            }
        }

        let acknowledged = (try? String(contentsOfFile: path + "/acknowledged", encoding: .utf8))?.split(separator: "\n").count ?? 0
        #expect(acknowledged > 0)
        let store = try SQLiteStore(location: .directory(path))
        defer { try? store.close() }
        for tag in 0..<4 {
            let series = try await store.series(for: TagID("tag-\(tag)"), in: Fixtures.always)
            #expect(series.count % 500 == 0, "whole batches only")
            let batches = series.count / 500
            #expect(batches == acknowledged || batches == acknowledged + 1, "\(batches) batches stored, \(acknowledged) acknowledged")
            let expected = (0..<batches).flatMap { Self.batch($0) }.filter { $0.tag == TagID("tag-\(tag)") }
            #expect(series.values == expected.map(\.value))
            #expect(series.timestamps == expected.map(\.timestamp.milliseconds))
        }
    }
}
