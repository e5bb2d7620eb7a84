import Foundation
import Testing

@testable import VigilCore

/// The vocabulary types keep their values and their JSON shapes through Codable.
struct CoreCodableTests {
    private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func incidentsRoundTrip() throws {
        let incident = Incident(
            id: 42, kind: .rule, modelID: "pump-model", elementID: "cavitation", start: Timestamp(seconds: 1_700_000_000),
            end: Timestamp(seconds: 1_700_000_600), value: 1, threshold: 1,
            contributors: [Contributor(name: "PT-101", share: 0.7, value: 2.1, expected: 3), Contributor(name: "FT-101", share: 0.3)],
            cause: "rule fired", status: .underReview, assessment: .falsePositive, comment: "maintenance", groupID: 7)
        #expect(try roundTrip(incident) == incident)
        #expect(incident.topContributor?.name == "PT-101")
        let minimal = Incident(kind: .noData, start: .epoch, value: 0, threshold: 0)
        #expect(try roundTrip(minimal) == minimal)
        #expect(minimal.status == .unknown && minimal.topContributor == nil)
    }

    @Test func openSetsAndEnumsEncodeAsStrings() throws {
        #expect(try json([IncidentKind.clockMalfunction]) == #"["clock_malfunction"]"#)
        #expect(try json([IncidentStatus.decisionPending]) == #"["decision_pending"]"#)
        #expect(try json([ExpertAssessment.correctButNotAnomaly]) == #"["correct_but_not_anomaly"]"#)
        #expect(try json([ModelStatus.readyForPublication]) == #"["ready_for_publication"]"#)
        #expect(try roundTrip(IncidentKind(rawValue: "custom_detector")) == IncidentKind(rawValue: "custom_detector"))
        #expect(try roundTrip(IncidentStatus(rawValue: "escalated")).rawValue == "escalated")
        #expect(IncidentStatus.defaults.filter { !$0.notifiesByDefault } == [.problemClosed, .ignore])
        #expect(ModelStatus.allCases.filter(\.allowsInference) == [.trained, .published])
        #expect(ModelStatus.allCases.filter(\.isMutable) == [.notActivated, .notTrained, .trained])
    }

    @Test func identifiersAndTimestampsEncodeAsScalars() throws {
        #expect(try json([Timestamp(milliseconds: -5)]) == "[-5]")
        #expect(try json([TagID("FT-101")]) == #"["FT-101"]"#)
        #expect(try json([AssetID("pump")]) == #"["pump"]"#)
        #expect(try roundTrip(Observation(tag: "A", timestamp: Timestamp(seconds: 1), value: 2.5, quality: .uncertain)).quality == .uncertain)
        #expect(ObservationQuality(text: "BAD") == .bad)
        #expect(ObservationQuality(text: "17")?.description == "quality(17)")
        #expect(ObservationQuality(text: "worse") == nil)
    }

    @Test func tagsAssetsAndSeriesRoundTrip() throws {
        let tag = Tag(
            id: "FT-101", name: "Flow", unit: "m3/h", assetID: "pump", technicalLimits: ValueBounds(lower: 0, upper: 180),
            displayBounds: ValueBounds(upper: 200), bias: 1, multiplier: 2)
        #expect(try roundTrip(tag) == tag)
        #expect(try roundTrip(Asset(id: "pump", description: "main", parentID: "line")) == Asset(id: "pump", description: "main", parentID: "line"))
        var series = TimeSeries(tag: "A")
        series.append(Timestamp(seconds: 1), 1.5)
        series.append(Timestamp(seconds: 2), .infinity)
        #expect(series[1] == TimedValue(timestamp: Timestamp(seconds: 2), value: .infinity))
        #expect(series.observations.map(\.value) == [1.5, .infinity])
        #expect(try roundTrip(SeriesBucket(start: .epoch, count: 3, min: 1, max: 4, mean: 2)).mean == 2)
    }

    @Test func seriesWithUnevenColumnsDoNotDecode() throws {
        let series = TimeSeries(tag: "A", timestamps: [1, 2], values: [3, 4])
        #expect(try roundTrip(series) == series)
        let uneven = Data(#"{"tag":"A","timestamps":[1,2],"values":[3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TimeSeries.self, from: uneven) }
    }
}
