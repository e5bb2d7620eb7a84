import Testing
@testable import VigilEval

@Test func placeholder() {}
