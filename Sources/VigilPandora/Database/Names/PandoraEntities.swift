/// Pandora FMS's HTML-entity encoding of names: the server's `safe_input` and `safe_output`
/// (`pandora_server/lib/PandoraFMS/Tools.pm`).
///
/// Pandora stores agent names, aliases, module names and group names encoded: a space becomes
/// `&#x20;`, `&` becomes `&amp;`, `(` becomes `&#40;`, `é` becomes `&eacute;`. ``decode(_:)`` gives
/// back the text a person typed (what the plugin matches `--modules_list` against and writes into
/// its XML); ``encode(_:)`` gives the stored form of a name (what an agent lookup compares with).
///
/// ```swift
/// PandoraEntities.decode("CPU&#x20;Load")     // "CPU Load"
/// PandoraEntities.decode("&amp;amp;")         // "&amp;" (one pass, as Pandora's)
/// PandoraEntities.encode("db-server 01")      // "db-server&#x20;01"
/// ```
public enum PandoraEntities {
    /// Decodes every character reference in a stored name, in one pass, as the server's
    /// `safe_output` (HTML::Parser's `_decode_entities`) does.
    ///
    /// - numeric references, decimal `&#40;` or hexadecimal `&#x20;`/`&#X20;`, for any code point but
    ///   U+0000, U+FFFE, U+FFFF and surrogates (those stay as written);
    /// - the 252 named references of HTML 4.01, case-sensitive: the server's own table and the names
    ///   Pandora's web console writes;
    /// - the closing `;` is optional, as in Perl (`&amp` decodes);
    /// - anything else, e.g. `&nosuch;` or a lone `&`, is left as it is.
    ///
    /// - Parameter text: A name as stored in Pandora's tables.
    /// - Returns: The name as a person wrote it.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var decoded = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "&", let (replacement, end) = reference(in: scalars, after: index) {
                decoded.append(replacement)
                index = end
            } else {
                decoded.append(scalar)
            }
        }
        return String(decoded)
    }

    /// Encodes a name as Pandora's server stores it (`safe_input`).
    ///
    /// Control characters and the space become `&#x00;`…`&#x20;` (a line feed stays as it is: the
    /// server's pattern `.` does not match it), `"` `&` `<` `>` become `&quot;` `&amp;` `&lt;` `&gt;`,
    /// `'` `(` `)` `\` become `&#039;` `&#40;` `&#41;` `&#92;`, U+0080–U+00BE become `&#x80;`…`&#xbe;`,
    /// and the characters of ``serverNamedScalars`` their names. Everything else is kept.
    ///
    /// - Parameter text: A name as a person wrote it.
    /// - Returns: The name as the server stores it; ``decode(_:)`` turns it back.
    public static func encode(_ text: String) -> String {
        var encoded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let reference = storedForm(of: scalar) {
                encoded.append(contentsOf: reference.unicodeScalars)
            } else {
                encoded.append(scalar)
            }
        }
        return String(encoded)
    }

    /// The reference the server writes for one character, or `nil` when it keeps the character.
    private static func storedForm(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A: nil
        case 0x00...0x20, 0x80...0xBE:
            "&#x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) + ";"
        case 0x27: "&#039;"
        case 0x28: "&#40;"
        case 0x29: "&#41;"
        case 0x5C: "&#92;"
        default: serverNamedScalars[scalar].map { "&" + $0 + ";" }
        }
    }

    /// The character of the reference whose `&` ends just before `start`, and the index after it.
    private static func reference(in scalars: [Unicode.Scalar], after start: Int) -> (Unicode.Scalar, Int)? {
        guard start < scalars.count else { return nil }
        let replacement: Unicode.Scalar
        var end: Int
        if scalars[start] == "#" {
            guard let (code, digitsEnd) = number(in: scalars, at: start + 1), code != 0, code != 0xFFFE, code != 0xFFFF,
                let scalar = Unicode.Scalar(code)
            else { return nil }
            replacement = scalar
            end = digitsEnd
        } else {
            end = start
            while end < scalars.count, isNameCharacter(scalars[end]) { end += 1 }
            guard end > start, let scalar = namedScalars[String(String.UnicodeScalarView(scalars[start..<end]))] else { return nil }
            replacement = scalar
        }
        if end < scalars.count, scalars[end] == ";" { end += 1 }
        return (replacement, end)
    }

    /// The code point written at `start` (`x`/`X` then hexadecimal digits, or decimal digits), and the
    /// index after its digits; `nil` without digits or beyond U+10FFFF.
    private static func number(in scalars: [Unicode.Scalar], at start: Int) -> (UInt32, Int)? {
        var index = start
        var radix: UInt32 = 10
        if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
            radix = 16
            index += 1
        }
        let digitsStart = index
        var code: UInt32 = 0
        while index < scalars.count, let digit = digitValue(scalars[index]), digit < radix {
            code = code * radix + digit
            guard code <= 0x10FFFF else { return nil }
            index += 1
        }
        return index > digitsStart ? (code, index) : nil
    }

    /// The value of an ASCII hexadecimal digit (either case).
    private static func digitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    /// Perl's word characters, which delimit an entity name: ASCII letters, digits and `_`.
    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_": true
        default: false
        }
    }
}
