/// Where one field of a scanned CSV record lies in the scanned buffer.
///
/// For a quoted field the range excludes the quotes; `hasEscapedQuotes` says whether doubled
/// quotes inside must be collapsed before use.
struct CSVField {
    /// Offset of the first byte.
    var start: Int
    /// Offset one past the last byte.
    var end: Int
    /// Whether the field was enclosed in quotes.
    var isQuoted: Bool
    /// Whether the quoted text contains `""` pairs standing for one quote.
    var hasEscapedQuotes: Bool
    /// Whether text followed the closing quote (`"a"b`), which CSV does not allow.
    var hasTextAfterQuote: Bool
}
