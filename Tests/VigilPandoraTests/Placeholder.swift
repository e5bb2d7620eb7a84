import Testing
@testable import VigilPandora

@Test func placeholder() {}
