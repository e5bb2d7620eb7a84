import Testing

@testable import VigilPandora

struct PandoraEntitiesTests {
    @Test(arguments: [
        ("CPU&#x20;Load", "CPU Load"),
        ("db-server&#x20;01", "db-server 01"),
        ("Kernel&#x20;version", "Kernel version"),
        ("Memory_Used", "Memory_Used"),
        ("&quot;a&quot;&#x20;&amp;&#x20;&#039;b&#039;", #""a" & 'b'"#),
        ("f&#40;x&#41;&#x20;&lt;&#x20;1&#x20;&gt;&#x20;0", "f(x) < 1 > 0"),
        ("C:&#92;temp", #"C:\temp"#),
        ("Caf&eacute;&#x20;&Ntilde;and&uacute;", "Café Ñandú"),
        ("&euro;&#x20;&Omega;&#x20;&hearts;", "€ Ω ♥"),
        ("&#xe9;&#233;&#XE9;&#x00E9;", "éééé"),
        ("&#x1F600;", "😀"),
        ("line&#x0a;two&#x09;tab", "line\ntwo\ttab"),
        ("Fa&ccedil;ade&#x20;&copy;", "Façade ©"),
    ])
    func decodesWhatPandoraStores(stored: String, decoded: String) {
        #expect(PandoraEntities.decode(stored) == decoded)
    }

    @Test(arguments: [
        ("&amp;amp;", "&amp;", "one pass: the outer entity only"),
        ("&amp;#x20;", "&#x20;", "one pass"),
        ("&amp", "&", "the closing ; is optional"),
        ("&#x20abc", "\u{20ABC}", "hex digits are read as far as they go"),
        ("a&#32b", "a b", "decimal without ;"),
        ("&nosuch;", "&nosuch;", "unknown name"),
        ("&AMP;", "&AMP;", "names are case-sensitive"),
        ("&ampx;", "&ampx;", "no prefix matching"),
        ("&apos;", "&apos;", "not an HTML 4.01 name"),
        ("&", "&", "a lone ampersand"),
        ("a & b", "a & b", "an ampersand before a space"),
        ("&#;", "&#;", "no digits"),
        ("&#x;", "&#x;", "no hex digits"),
        ("&#0;", "&#0;", "U+0000 is not decoded"),
        ("&#xFFFE;", "&#xFFFE;", "a non-character"),
        ("&#xD800;", "&#xD800;", "a surrogate"),
        ("&#x110000;", "&#x110000;", "beyond Unicode"),
        ("&#99999999999999999999;", "&#99999999999999999999;", "overflow"),
        ("&#x１２;", "&#x１２;", "fullwidth digits are not digits"),
        ("&&amp;;", "&&;", "an ampersand right before an entity"),
    ])
    func decodingEdgeCases(stored: String, decoded: String, why: String) {
        #expect(PandoraEntities.decode(stored) == decoded, Comment(rawValue: why))
    }

    @Test(arguments: [
        ("CPU Load", "CPU&#x20;Load"),
        ("db-server 01", "db-server&#x20;01"),
        (#""x" & 'y' (z) <a> \b"#, "&quot;x&quot;&#x20;&amp;&#x20;&#039;y&#039;&#x20;&#40;z&#41;&#x20;&lt;a&gt;&#x20;&#92;b"),
        ("\u{01}\t\r", "&#x01;&#x09;&#x0d;"),
        ("a\nb", "a\nb"),
        ("\u{80}\u{A0}©\u{BE}", "&#x80;&#xa0;&#xa9;&#xbe;"),
        ("¿ÀÁÄÇçéñ", "¿À&Aacute;&Auml;Çç&eacute;&ntilde;"),
        ("€ Ω ♥ œ", "&euro;&#x20;&Omega;&#x20;&hearts;&#x20;&oelig;"),
        ("日本/😀#;", "日本/😀#;"),
    ])
    func encodesAsTheServerDoes(text: String, stored: String) {
        #expect(PandoraEntities.encode(text) == stored)
    }

    @Test func everyServerEncodingDecodesBack() {
        let scalars = (0..<0x2_7FF).compactMap(Unicode.Scalar.init).filter { $0 != "\0" }
        let text = String(String.UnicodeScalarView(scalars))
        #expect(PandoraEntities.decode(PandoraEntities.encode(text)) == text)
    }

    @Test func tablesHaveHTML401sEntries() {
        #expect(PandoraEntities.namedScalars.count == 252)
        #expect(PandoraEntities.serverNamedScalars.count == 178)
        let serverTable = (0...0x2_7FF).compactMap(Unicode.Scalar.init).filter { PandoraEntities.encode(String($0)) != String($0) }
        #expect(serverTable.count == 277, "the 278 entries of the server's table, less the line feed its pattern skips")
    }
}
