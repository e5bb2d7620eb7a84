/// Splits an option string into words the way a POSIX shell does, without expanding anything.
///
/// Blanks separate words; `'…'` keeps its content literally; `"…"` keeps its content, with `\"`,
/// `\\`, `\$` and `` \` `` unescaped; a backslash outside quotes keeps the next character. No
/// variable, glob or command expansion takes place (no shell is run), so `-x 'pa ss$1'` reaches the
/// client as the two words `-x` and `pa ss$1`.
///
/// ```swift
/// ShellWords.split(#"-x 'my pass' -e "/etc/ssl/client cert.pem""#)
///     // ["-x", "my pass", "-e", "/etc/ssl/client cert.pem"]
/// ShellWords.split("-x 'open")   // nil: unbalanced quote
/// ```
public enum ShellWords {
    /// The words of `text`, or `nil` when a quote is not closed or the text ends in a lone backslash.
    public static func split(_ text: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case " ", "\t", "\n":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                var closed = false
                while let inner = scalars.next() {
                    if inner == "'" {
                        closed = true
                        break
                    }
                    word.unicodeScalars.append(inner)
                }
                if !closed { return nil }
            case "\"":
                inWord = true
                var closed = false
                while let inner = scalars.next() {
                    if inner == "\"" {
                        closed = true
                        break
                    }
                    if inner == "\\" {
                        guard let escaped = scalars.next() else { return nil }
                        if !["\"", "\\", "$", "`", "\n"].contains(escaped) { word.unicodeScalars.append(inner) }
                        if escaped != "\n" { word.unicodeScalars.append(escaped) }
                        continue
                    }
                    word.unicodeScalars.append(inner)
                }
                if !closed { return nil }
            case "\\":
                guard let escaped = scalars.next() else { return nil }
                if escaped != "\n" {
                    word.unicodeScalars.append(escaped)
                    inWord = true
                }
            default:
                word.unicodeScalars.append(scalar)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
