/// The version `vigil --version` prints.
enum VigilVersion {
    static let current = "0.1.0"
}
