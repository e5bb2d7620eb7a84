import Testing
import VigilPandora

struct TentacleSessionTests {
    let server = "127.0.0.1:41121"

    @Test func passwordDigestMatchesTheSpecVectors() {
        #expect(TentaclePassword.digest("s3cret") == "703b089710823916d4bb7ff2deff4d8f")
        #expect(TentaclePassword.digest("pandora") == "9ba1c4c7aeebfa552d5f62f5bbabf51c")
    }

    @Test func sendsEveryFileThenQuits() {
        var session = TentacleSession(
            uploads: [.init(name: "a.1.data", size: 3), .init(name: "b.2.data", size: 5)], passwordDigest: nil, server: server)
        #expect(session.start() == .sendCommand("SEND <a.1.data> SIZE 3"))
        #expect(session.receive(reply: "SEND OK") == .sendContents(upload: 0))
        #expect(session.receive(reply: "SEND OK") == .sendCommand("SEND <b.2.data> SIZE 5"))
        #expect(session.receive(reply: "SEND OK") == .sendContents(upload: 1))
        #expect(session.awaitedReply == "the confirmation of the 5 bytes of b.2.data")
        #expect(session.receive(reply: "SEND OK") == .quit)
    }

    @Test func authenticatesFirstWhenAPasswordIsSet() {
        let digest = TentaclePassword.digest("s3cret")
        var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: digest, server: server)
        #expect(session.start() == .sendCommand("PASS 703b089710823916d4bb7ff2deff4d8f"))
        #expect(session.awaitedReply == "the reply to PASS")
        #expect(session.receive(reply: "PASS OK") == .sendCommand("SEND <a.1.data> SIZE 3"))
    }

    @Test func connectionClosedAfterPassIsAWrongPassword() {
        var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: "00", server: server)
        _ = session.start()
        #expect(session.closedByServer() == .fail(.authenticationRejected(server: server), sendQuit: false))
    }

    @Test func connectionClosedWhileWaitingNamesTheStep() {
        var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: nil, server: server)
        _ = session.start()
        _ = session.receive(reply: "SEND OK")
        #expect(
            session.closedByServer()
                == .fail(.connectionClosed(server: server, waitingFor: "the confirmation of the 3 bytes of a.1.data"), sendQuit: false))
    }

    @Test(arguments: [
        ("SEND ERR (file already exists)", "file already exists"),
        ("SEND ERR (invalid file name)", "invalid file name"),
        ("SEND ERR (file is too big)", "file is too big"),
        ("SEND ERR", ""),
    ])
    func refusalCarriesTheServersReason(reply: String, reason: String) {
        var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: nil, server: server)
        _ = session.start()
        #expect(session.receive(reply: reply) == .fail(.rejected(server: server, file: "a.1.data", reason: reason), sendQuit: true))
    }

    @Test func refusalAfterTheDataIsReportedToo() {
        var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: nil, server: server)
        _ = session.start()
        _ = session.receive(reply: "SEND OK")
        #expect(
            session.receive(reply: "SEND ERR (cannot write)")
                == .fail(.rejected(server: server, file: "a.1.data", reason: "cannot write"), sendQuit: true))
    }

    @Test func anythingElseIsAnUnexpectedReply() {
        var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: "ab", server: server)
        _ = session.start()
        #expect(
            session.receive(reply: "SEND OK")
                == .fail(.unexpectedReply(server: server, reply: "SEND OK", expected: "PASS OK"), sendQuit: true))
        var plain = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: nil, server: server)
        _ = plain.start()
        #expect(
            plain.receive(reply: "SEND ERRNO")
                == .fail(.unexpectedReply(server: server, reply: "SEND ERRNO", expected: "SEND OK or SEND ERR"), sendQuit: true))
    }

    @Test func neverAsksForDataBeforeTheServerAcceptedTheCommand() {
        // Whatever the server answers to SEND, only "SEND OK" leads to the file's bytes.
        for reply in ["SEND ERR", "PASS OK", "", "SEND OK "] {
            var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: nil, server: server)
            _ = session.start()
            #expect(session.receive(reply: reply) != .sendContents(upload: 0))
        }
    }

    @Test(arguments: ["", "dir/a.data", "a\nb.data", "tab\t.data"])
    func refusesNamesTheProtocolCannotCarry(name: String) {
        var session = TentacleSession(uploads: [.init(name: name, size: 3)], passwordDigest: "ab", server: server)
        #expect(session.start() == .fail(.invalidFileName(name), sendQuit: false))
        #expect(!TentacleSession.canCarry(fileName: name))
    }

    @Test func namesWithSymbolsAreLeftToTheServer() {
        #expect(TentacleSession.canCarry(fileName: "bad;name.data"))
        #expect(TentacleSession.canCarry(fileName: "with space.1.data"))
    }

    @Test func nothingToSendQuitsAtOnce() {
        var session = TentacleSession(uploads: [], passwordDigest: nil, server: server)
        #expect(session.start() == .quit)
    }
}
