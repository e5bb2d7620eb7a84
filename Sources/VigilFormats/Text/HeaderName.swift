/// Compares column headers the way people type them: case, spaces, `_`, `-`, `.` and other
/// punctuation do not matter (`Parent ID`, `parent_id` and `parentId` are one name).
enum HeaderName {
    /// The header reduced to lowercase letters and digits.
    static func normalized(_ header: some StringProtocol) -> String {
        String(String.UnicodeScalarView(header.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
