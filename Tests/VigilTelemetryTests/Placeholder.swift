import Testing
@testable import VigilTelemetry

@Test func placeholder() {}
