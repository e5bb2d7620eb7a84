import Foundation
import Logging
import Testing
import VigilCore

@testable import VigilPandora

struct DataFileWriterTests {
    let time = Timestamp(seconds: 1_700_000_000)
    let file = AgentDataFileTests.example
    let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test func writesTheCompleteFileUnderAnAcceptedName() async throws {
        try await TransferFixtures.withTemporaryDirectory { temporal in
            let written = try DataFileWriter(temporalDirectory: temporal).write(file, at: time)
            #expect(written.directory == temporal)
            #expect(DataFileName.isAcceptedByDataServer(written.name.description))
            #expect(try TransferFixtures.fileNames(in: temporal) == [written.name.description])
            #expect(try TransferFixtures.bytes(at: written.path) == Array(file.xml.utf8))
        }
    }

    @Test func neverReplacesAnExistingFile() async throws {
        try await TransferFixtures.withTemporaryDirectory { temporal in
            let taken = DataFileName(agentName: "web01", time: time, sequence: 7)
            #expect(FileManager.default.createFile(atPath: "\(temporal)/\(taken)", contents: Data("old".utf8)))
            let name = try DataFilePlacement.writeNew(Array("new".utf8), directory: temporal, name: taken)
            #expect(name == taken.next)
            #expect(try TransferFixtures.bytes(at: "\(temporal)/\(taken)") == Array("old".utf8))
            #expect(try TransferFixtures.bytes(at: "\(temporal)/\(taken.next)") == Array("new".utf8))
            #expect(try TransferFixtures.fileNames(in: temporal).count == 2)
        }
    }

    @Test func refusesAFileTheServerWouldDrop() async throws {
        try await TransferFixtures.withTemporaryDirectory { temporal in
            #expect(throws: DataFileError.missingAgentName) {
                try DataFileWriter(temporalDirectory: temporal).write(AgentDataFile(agentName: ""), at: time)
            }
            let names = try TransferFixtures.fileNames(in: temporal)
            #expect(names.isEmpty)
        }
    }

    @Test func aMissingDirectoryIsNamed() {
        #expect {
            try DataFileWriter(temporalDirectory: "/nonexistent/vigil").write(file, at: time)
        } throws: { error in
            guard case .fileSystem(let operation, let path, _) = error as? DataFileError else { return false }
            return operation == "create" && path.hasPrefix("/nonexistent/vigil/")
        }
    }

    @Test func localDeliveryMovesTheFileIntoTheDataDirectory() async throws {
        try await TransferFixtures.withTemporaryDirectory { root in
            let (temporal, dataIn) = ("\(root)/tmp", "\(root)/data_in")
            try FileManager.default.createDirectory(atPath: temporal, withIntermediateDirectories: false)
            try FileManager.default.createDirectory(atPath: dataIn, withIntermediateDirectories: false)
            let written = try DataFileWriter(temporalDirectory: temporal).write(file, at: time)
            let delivered = try await DataFileDelivery.local(dataDirectory: dataIn).deliver(written, logger: logger)
            #expect(delivered == written.name)
            #expect(try TransferFixtures.fileNames(in: temporal).isEmpty)
            #expect(try TransferFixtures.fileNames(in: dataIn) == [written.name.description])
            #expect(try TransferFixtures.bytes(at: "\(dataIn)/\(delivered)") == Array(file.xml.utf8))
        }
    }

    @Test func localDeliveryStepsAroundAFileOfTheSameName() async throws {
        try await TransferFixtures.withTemporaryDirectory { root in
            let written = try DataFileWriter(temporalDirectory: root).write(file, at: time)
            let dataIn = "\(root)/data_in"
            try FileManager.default.createDirectory(atPath: dataIn, withIntermediateDirectories: false)
            #expect(FileManager.default.createFile(atPath: "\(dataIn)/\(written.name)", contents: Data("pending".utf8)))
            let delivered = try await DataFileDelivery.local(dataDirectory: dataIn).deliver(written, logger: logger)
            #expect(delivered == written.name.next)
            #expect(try TransferFixtures.bytes(at: "\(dataIn)/\(written.name)") == Array("pending".utf8))
            #expect(try TransferFixtures.bytes(at: "\(dataIn)/\(delivered)") == Array(file.xml.utf8))
            #expect(try TransferFixtures.fileNames(in: root) == ["data_in"])
        }
    }

    /// `/dev/shm` (tmpfs) and the temporary directory on another file system, when this machine has both.
    static let otherFileSystem: String? = {
        var shm = stat()
        var temporary = stat()
        guard stat("/dev/shm", &shm) == 0, stat(NSTemporaryDirectory(), &temporary) == 0, shm.st_dev != temporary.st_dev,
            access("/dev/shm", W_OK) == 0
        else { return nil }
        return "/dev/shm"
    }()

    @Test(.enabled(if: otherFileSystem != nil, "needs /dev/shm on another file system than the temporary directory"))
    func localDeliveryCopiesAcrossFileSystems() async throws {
        let shm = try #require(Self.otherFileSystem)
        try await TransferFixtures.withTemporaryDirectory(in: shm) { temporal in
            try await TransferFixtures.withTemporaryDirectory { dataIn in
                let written = try DataFileWriter(temporalDirectory: temporal).write(file, at: time)
                let delivered = try await DataFileDelivery.local(dataDirectory: dataIn).deliver(written, logger: logger)
                #expect(try TransferFixtures.fileNames(in: temporal).isEmpty)
                #expect(try TransferFixtures.fileNames(in: dataIn) == [delivered.description])
                #expect(try TransferFixtures.bytes(at: "\(dataIn)/\(delivered)") == Array(file.xml.utf8))
            }
        }
    }

    @Test func localDeliveryIntoAMissingDirectoryKeepsTheFile() async throws {
        try await TransferFixtures.withTemporaryDirectory { temporal in
            let written = try DataFileWriter(temporalDirectory: temporal).write(file, at: time)
            await #expect {
                try await DataFileDelivery.local(dataDirectory: "\(temporal)/missing").deliver(written, logger: logger)
            } throws: { error in
                guard case .fileSystem(_, let path, _) = error as? DataFileError else { return false }
                return path.hasPrefix("\(temporal)/missing/")
            }
            #expect(try TransferFixtures.fileNames(in: temporal) == [written.name.description])
        }
    }
}
