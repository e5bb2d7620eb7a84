import Testing
@testable import VigilCore

@Test func placeholder() {}
