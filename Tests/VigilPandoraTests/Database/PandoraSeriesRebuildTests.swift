import Testing
import VigilCore
import VigilPandora

struct PandoraSeriesRebuildTests {
    let now: Int64 = 1_000_000
    let module = PandoraModuleRecord(id: 1, agentID: 1, name: "m", interval: 300)

    func request(timeData: Int, timeInterval: Int, levelData: Int = 1) -> PandoraHistoryRequest {
        PandoraHistoryRequest(now: Timestamp(milliseconds: now * 1000 + 999), timeData: timeData, timeInterval: timeInterval, levelData: levelData)
    }

    func rows(_ pairs: [(Int64, Double)]) -> [PandoraStoredValue] {
        pairs.map { PandoraStoredValue(time: now + $0.0, value: $0.1) }
    }

    @Test func forwardFillsBetweenChangesUpToNow() {
        let history = PandoraStoredHistory(values: rows([(-600, 1), (-240, 2)]))
        let series = PandoraSeries(rebuilding: history, of: module, request: request(timeData: 900, timeInterval: 120))
        #expect(series.gridNodes == 7)
        #expect(series.times == [-600, -480, -360, -240, -120, 0].map { now + $0 }, "the node before the first row is left out")
        #expect(series.values == [1, 1, 1, 2, 2, 2])
        #expect(series.storedRows == 2)
        #expect(series.firstTime == Timestamp(seconds: now - 600))
        #expect(series.lastTime == Timestamp(seconds: now))
    }

    @Test func aSingleStoredValueFillsTheGridAfterIt() {
        let series = PandoraSeries(
            rebuilding: PandoraStoredHistory(values: rows([(-250, 7)])), of: module, request: request(timeData: 600, timeInterval: 60))
        #expect(series.values == Array(repeating: 7, count: 5))
        #expect(series.times.first == now - 240)
    }

    @Test func theValueBeforeTheWindowSeedsIt() {
        let history = PandoraStoredHistory(valueBeforeWindow: PandoraStoredValue(time: now - 5000, value: 4), values: rows([(-60, 5)]))
        let series = PandoraSeries(rebuilding: history, of: module, request: request(timeData: 300, timeInterval: 60))
        #expect(series.values == [4, 4, 4, 5, 5])
        #expect(series.storedRows == 1)
    }

    @Test func aValueIsCarriedADayAndTwoIntervalsAtMost() {
        let carry = 86_400 + 600
        #expect(module.maximumCarry == carry)
        let history = PandoraStoredHistory(values: rows([(-200_000, 1), (-3_000, 2)]))
        let series = PandoraSeries(rebuilding: history, of: module, request: request(timeData: 604_800, timeInterval: 3_000))
        let carried = series.times.filter { $0 < now - 3_000 }
        #expect(carried.allSatisfy { $0 - (now - 200_000) <= Int64(carry) })
        #expect(carried.count == 29, "nodes from -200 000 s to the carry limit, 3 000 s apart")
        #expect(series.values.suffix(2) == [2, 2])
        #expect(series.points == 31, "the gap between is left out")
    }

    @Test func staleValueBeforeTheWindowIsDropped() {
        let history = PandoraStoredHistory(valueBeforeWindow: PandoraStoredValue(time: now - 200_000, value: 9), values: rows([(-120, 1)]))
        let series = PandoraSeries(rebuilding: history, of: module, request: request(timeData: 86_400, timeInterval: 60))
        #expect(series.values == [1, 1, 1])
    }

    @Test func asynchronousValuesHaveNoCarryLimit() {
        let async = PandoraModuleRecord(id: 2, agentID: 1, name: "a", typeName: "async_data", interval: 300)
        #expect(async.maximumCarry == nil)
        let history = PandoraStoredHistory(valueBeforeWindow: PandoraStoredValue(time: now - 10_000_000, value: 3), values: [])
        let series = PandoraSeries(rebuilding: history, of: async, request: request(timeData: 3600, timeInterval: 600))
        #expect(series.values == Array(repeating: 3, count: 6))
    }

    @Test func valuesAfterNowAreIgnored() {
        let series = PandoraSeries(
            rebuilding: PandoraStoredHistory(values: rows([(-60, 1), (0, 2), (1, 99), (60, 99)])), of: module,
            request: request(timeData: 120, timeInterval: 60))
        #expect(series.values == [1, 2])
        #expect(series.storedRows == 2)
    }

    @Test func theLastRowOfANodeIsTheValueInForce() {
        let series = PandoraSeries(
            rebuilding: PandoraStoredHistory(values: rows([(-550, 1), (-300, 5), (-300, 6), (-10, 3), (0, 4)])), of: module,
            request: request(timeData: 600, timeInterval: 300))
        #expect(series.values == [6, 4], "rows between nodes are superseded; of rows for the same second, the last written wins")
    }

    @Test func noRowsNoPoints() {
        let series = PandoraSeries(rebuilding: PandoraStoredHistory(values: []), of: module, request: request(timeData: 600, timeInterval: 60))
        #expect(series.points == 0)
        #expect(series.firstTime == nil && series.lastTime == nil)
        #expect(series.gridNodes == 10)
    }

    @Test func aWindowThatIsNotAMultipleOfTheIntervalEndsAtNow() {
        let series = PandoraSeries(
            rebuilding: PandoraStoredHistory(values: rows([(-900, 1)])), of: module, request: request(timeData: 1000, timeInterval: 300))
        #expect(series.gridNodes == 3)
        #expect(series.times == [now - 600, now - 300, now])
    }
}
