import Testing
@testable import VigilNN

@Test func placeholder() {}
