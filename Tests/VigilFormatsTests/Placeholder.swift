import Testing
@testable import VigilFormats

@Test func placeholder() {}
