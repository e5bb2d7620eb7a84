import Testing

/// The tests that need a real MariaDB server: one server for all of them (``MariaDBServerTrait``),
/// enabled when `mariadbd` is installed.
@Suite(
    .enabled(if: MariaDBTestServer.isAvailable, "needs mariadbd, mariadb-install-db and mariadb on the PATH"),
    .mariaDBServer)
struct MariaDBTests {}
