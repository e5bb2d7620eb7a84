import Testing
import VigilCore
import VigilEval
import VigilTestSupport

/// Loading a NAB checkout from disk, and the errors that name what is wrong.
struct NABCorpusLoadingTests {
    /// A small NAB layout: one category with one 40-row file at 5-minute steps from 2014-04-01 and
    /// one window over rows 30…35 around the label at row 32.
    final class Checkout {
        let directory: TemporaryDirectory

        init() throws {
            directory = try TemporaryDirectory()
            var data = "timestamp,value\n"
            for row in 0..<40 {
                data += "2014-04-01 \(Self.clock(row)),\(row % 7 == 0 ? "1.5" : String(row))\n"
            }
            try directory.write(data, to: "data/small/tiny.csv")
            try directory.write("# NAB data\n", to: "data/README.md")
            try directory.write(
                #"{"small/tiny.csv": [["2014-04-01 \#(Self.clock(30)).000000", "2014-04-01 \#(Self.clock(35)).000000"]]}"#,
                to: "labels/combined_windows.json")
            try directory.write(#"{"small/tiny.csv": ["2014-04-01 \#(Self.clock(32))"]}"#, to: "labels/combined_labels.json")
            try directory.write(Self.profiles, to: "config/profiles.json")
        }

        var path: String { directory.path }

        /// `hh:mm:ss` of a row.
        static func clock(_ row: Int) -> String {
            let minutes = row * 5
            let hours = minutes / 60
            return (hours < 10 ? "0" : "") + "\(hours):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60):00"
        }

        static let profiles = """
            {"standard": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.11, "tnWeight": 1.0}},
             "reward_low_FP_rate": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.22, "tnWeight": 1.0}},
             "reward_low_FN_rate": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 2.0, "fpWeight": 0.11, "tnWeight": 1.0}}}
            """
    }

    /// The error of loading `checkout`, which must fail.
    func failure(_ checkout: Checkout) throws -> NABCorpusError {
        do {
            _ = try NABCorpus(contentsOf: checkout.path)
        } catch {
            return error
        }
        Issue.record("the corpus loaded")
        throw NABCorpusError(path: "", reason: .missing)
    }

    @Test func loadsFilesWindowsLabelsAndProfiles() throws {
        let checkout = try Checkout()
        let corpus = try NABCorpus(contentsOf: checkout.path)
        #expect(corpus.files.count == 1)
        let file = try #require(corpus.file(at: "small/tiny.csv"))
        #expect(file.category == "small" && file.name == "tiny")
        #expect(file.count == 40)
        #expect(file.timestampTexts[1] == "2014-04-01 00:05:00")
        #expect(file.timestamps[1] - file.timestamps[0] == 300_000)
        #expect(file.values[0] == 1.5 && file.values[1] == 1)
        #expect(file.windows == [30...35])
        #expect(file.anomalies == [32])
        #expect(file.probationaryLength == 6)
        #expect(corpus.profiles == NABProfile.published)
        #expect(corpus.pointCount == 40 && corpus.windowCount == 1)
        #expect(file.series.tag.rawValue == "tiny" && file.series.values == file.values)
    }

    @Test func aFolderThatIsNotANABCheckoutNamesTheMissingFile() throws {
        for missing in ["labels/combined_windows.json", "labels/combined_labels.json", "config/profiles.json", "data"] {
            let checkout = try Checkout()
            try checkout.directory.remove(missing)
            let error = try failure(checkout)
            #expect(error.reason == .missing)
            #expect(error.path == checkout.path + "/" + missing)
            #expect(error.description.contains(missing) && error.description.contains("not a NAB checkout"))
        }
        #expect(throws: NABCorpusError(path: "/nonexistent/NAB", reason: .missing)) {
            try NABCorpus(contentsOf: "/nonexistent/NAB")
        }
    }

    @Test func aBadValueNamesTheFileAndLine() throws {
        let checkout = try Checkout()
        try checkout.directory.write("timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,n/a\n", to: "data/small/tiny.csv")
        let error = try failure(checkout)
        #expect(error.reason == .badValue("n/a"))
        #expect(error.line == 3)
        #expect(error.path.hasSuffix("data/small/tiny.csv"))
        #expect(error.description.hasSuffix("data/small/tiny.csv line 3: value 'n/a' is not a finite number"))
    }

    @Test func aBadTimestampOrMissingColumnIsReported() throws {
        let checkout = try Checkout()
        try checkout.directory.write("timestamp,value\n2014-04-01 00:00:00,1\nyesterday,2\n", to: "data/small/tiny.csv")
        #expect(try failure(checkout).reason == .badTimestamp("yesterday"))
        try checkout.directory.write("time,value\n2014-04-01 00:00:00,1\n", to: "data/small/tiny.csv")
        let error = try failure(checkout)
        #expect(error.reason == .missingColumn("timestamp") && error.line == 1)
    }

    @Test func aWindowTimestampThatIsNotInTheDataIsRejected() throws {
        let checkout = try Checkout()
        try checkout.directory.write(
            #"{"small/tiny.csv": [["2014-04-01 02:30:00.000000", "2014-04-01 09:00:00.000000"]]}"#, to: "labels/combined_windows.json")
        #expect(try failure(checkout).reason == .timestampNotInData("2014-04-01 09:00:00.000000", occurrences: 0))
    }

    @Test func labelDocumentsAndDataFilesMustMatch() throws {
        let checkout = try Checkout()
        try checkout.directory.write("{}", to: "labels/combined_windows.json")
        #expect(try failure(checkout).reason == .notLabelled(document: "labels/combined_windows.json"))

        let extra = try Checkout()
        try extra.directory.write(#"{"small/tiny.csv": [], "small/gone.csv": []}"#, to: "labels/combined_windows.json")
        let error = try failure(extra)
        #expect(error.reason == .noDataFile("small/gone.csv"))
        #expect(error.path.hasSuffix("labels/combined_windows.json"))
    }

    @Test func malformedJSONSaysWhere() throws {
        let checkout = try Checkout()
        try checkout.directory.write(#"{"small/tiny.csv": [["2014-04-01 02:30:00", 5]]}"#, to: "labels/combined_windows.json")
        let error = try failure(checkout)
        guard case .malformedJSON(let text) = error.reason else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(text.contains("'small/tiny.csv'[0][1]"))
    }

    @Test func theThreePublishedProfilesAreRequired() throws {
        let checkout = try Checkout()
        try checkout.directory.write(
            #"{"standard": {"CostMatrix": {"tpWeight": 1.0, "fnWeight": 1.0, "fpWeight": 0.11}}}"#, to: "config/profiles.json")
        #expect(try failure(checkout).reason == .missingProfile("reward_low_FP_rate"))
    }

    @Test func windowsMustBeOrderedDisjointAndWiderThanOneRow() throws {
        let rows = 100
        func make(_ windows: [ClosedRange<Int>]) throws {
            _ = try HandMade.file(rows: rows, windows: windows)
        }
        #expect(throws: NABCorpusError(path: "handMade/hand_made.csv", reason: .badWindow("40...60"))) { try make([50...70, 40...60]) }
        #expect(throws: NABCorpusError(path: "handMade/hand_made.csv", reason: .badWindow("90...100"))) { try make([90...100]) }
        #expect(throws: NABCorpusError(path: "handMade/hand_made.csv", reason: .windowTooNarrow("50...50"))) { try make([50...50]) }
        try make([10...20, 21...30])
    }
}
