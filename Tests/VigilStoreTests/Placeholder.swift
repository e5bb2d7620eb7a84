import Testing
@testable import VigilStore

@Test func placeholder() {}
