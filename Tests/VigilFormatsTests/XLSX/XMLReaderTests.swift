import Testing

@testable import VigilFormats

@Suite("XML reader")
struct XMLReaderTests {
    private func events(_ xml: String) throws -> [XMLReader.Event] {
        var reader = XMLReader(Array(xml.utf8))
        var events: [XMLReader.Event] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    @Test func readsElementsAttributesTextAndEmptyElements() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!-- c --><x:a xmlns:x=\"urn:x\" r:id='r1'>hi &amp; &lt;bye&gt; &#65;&#x42;<b/><![CDATA[<raw>]]></x:a>"
        #expect(
            try events(xml) == [
                .start(name: "a", attributes: [.init(name: "xmlns:x", value: "urn:x"), .init(name: "r:id", value: "r1")]),
                .text("hi & <bye> AB"), .start(name: "b", attributes: []), .end(name: "b"), .text("<raw>"), .end(name: "a"),
            ])
    }

    @Test func skipsDocumentTypeAndByteOrderMark() throws {
        let xml = "\u{FEFF}<!DOCTYPE a [<!ENTITY e \"x\">]><a q=\"&quot;\"/>"
        #expect(try events(xml) == [.start(name: "a", attributes: [.init(name: "q", value: "\"")]), .end(name: "a")])
    }

    @Test func rejectsMalformedDocumentsWithTheLine() {
        #expect(throws: XMLError(line: 2, message: "end tag </b> does not match <a>")) { try events("<a>\n</b>") }
        #expect(throws: XMLError(line: 1, message: "unknown entity '&nbsp;'")) { try events("<a>&nbsp;</a>") }
        #expect(throws: XMLError(line: 3, message: "the document ends inside <a>")) { try events("<a>\n\n") }
        #expect(throws: XMLError(line: 1, message: "text outside the root element")) { try events("x<a/>") }
    }
}
