/// The Pandora database the MariaDB tests generate for themselves (database `vigil_fixture`), so
/// they run in a clone without `../shared`: the tables and columns of `specs/pandora.md` §2.1, agents
/// and modules with names stored HTML-encoded as Pandora's server writes them, numeric and text
/// modules, long, short, compressed, stale and future histories.
enum PandoraDatabaseFixture {
    /// The database name.
    static let database = "vigil_fixture"
    /// "Now" of the fixture, Unix seconds: every history is placed relative to it.
    static let now: Int64 = 1_800_000_000

    /// Agent 1 "Café (EU) & co", alias "café", reporting every 60 s.
    static let cafeName = "Café (EU) & co"
    /// Module 23's decoded name, longer than a text column's first buffer (780 bytes stored).
    static let longName = String(repeating: "Ωmega-", count: 60)

    /// Module 11, `Memory "used"`: one week at 60 s, 10 080 rows.
    static let memoryValues: [Double] = (0..<10_080).map { Double(1000 + ($0 * 37) % 101) + 0.5 }
    static func memoryTime(_ index: Int) -> Int64 { now - Int64(10_079 - index) * 60 }

    /// Creates the database and the tests' reader account, and loads ``sql``.
    static func load(into server: MariaDBTestServer) throws {
        try server.run(
            """
            CREATE DATABASE \(database) CHARACTER SET utf8mb4;
            CREATE DATABASE vigil_empty CHARACTER SET utf8mb4;
            CREATE USER '\(MariaDBTestServer.user)'@'127.0.0.1' IDENTIFIED BY '\(MariaDBTestServer.password)';
            GRANT SELECT ON *.* TO '\(MariaDBTestServer.user)'@'127.0.0.1';
            """)
        try server.run(sql, database: database)
    }

    /// The tables the plugin reads, as Pandora declares them (the columns that matter), and the
    /// module types; no agents.
    static let schema = """
        SET NAMES utf8mb4;
        CREATE TABLE ttipo_modulo (
          id_tipo SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT, nombre VARCHAR(100) NOT NULL DEFAULT '',
          categoria INT NOT NULL DEFAULT 0, descripcion VARCHAR(100) NOT NULL DEFAULT '', icon VARCHAR(100) DEFAULT NULL,
          PRIMARY KEY (id_tipo)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        CREATE TABLE tagente (
          id_agente INT UNSIGNED NOT NULL AUTO_INCREMENT, nombre VARCHAR(600) NOT NULL DEFAULT '',
          direccion VARCHAR(100) DEFAULT NULL, comentarios VARCHAR(255) DEFAULT '', id_grupo INT UNSIGNED NOT NULL DEFAULT 0,
          modo TINYINT NOT NULL DEFAULT 0, intervalo INT UNSIGNED NOT NULL DEFAULT 300, disabled TINYINT NOT NULL DEFAULT 0,
          alias VARCHAR(600) NOT NULL DEFAULT '',
          PRIMARY KEY (id_agente), KEY nombre (nombre(255))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        CREATE TABLE tagente_modulo (
          id_agente_modulo INT UNSIGNED NOT NULL AUTO_INCREMENT, id_agente INT UNSIGNED NOT NULL DEFAULT 0,
          id_tipo_modulo SMALLINT NOT NULL DEFAULT 0, descripcion TEXT, nombre TEXT, unit TEXT,
          module_interval INT UNSIGNED DEFAULT 0, id_modulo INT UNSIGNED DEFAULT 0, disabled TINYINT UNSIGNED NOT NULL DEFAULT 0,
          history_data TINYINT UNSIGNED DEFAULT 1, delete_pending INT UNSIGNED DEFAULT 0,
          PRIMARY KEY (id_agente_modulo), KEY tam_agente (id_agente)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        CREATE TABLE tagente_datos (
          id_agente_modulo INT UNSIGNED NOT NULL DEFAULT 0, datos DOUBLE DEFAULT NULL, utimestamp BIGINT DEFAULT 0,
          KEY data_index1 (id_agente_modulo, utimestamp)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        CREATE TABLE tagente_datos_string (
          id_agente_modulo INT UNSIGNED NOT NULL DEFAULT 0, datos MEDIUMTEXT, utimestamp INT UNSIGNED NOT NULL DEFAULT 0,
          KEY data_string_index_1 (id_agente_modulo, utimestamp)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

        INSERT INTO ttipo_modulo (id_tipo, nombre) VALUES
          (1, 'generic_data'), (2, 'generic_proc'), (3, 'generic_data_string'), (22, 'async_data'), (100, 'keep_alive');
        """

    /// The schema and the rows.
    static var sql: String {
        let memoryRows = memoryValues.indices.map { "(11, \(memoryValues[$0]), \(memoryTime($0)))" }.joined(separator: ",\n")
        return schema + """
            INSERT INTO tagente (id_agente, nombre, alias, direccion, id_grupo, intervalo, disabled) VALUES
              (1, 'Caf&eacute;&#x20;&#40;EU&#41;&#x20;&amp;&#x20;co', 'caf&eacute;', '192.0.2.1', 2, 60, 0),
              (2, 'ab12cd', 'shared&#x20;alias', NULL, 8, 300, 0),
              (3, 'ef34gh', 'shared&#x20;alias', NULL, 8, 300, 0),
              (4, 'retired&#x20;host', 'retired', NULL, 10, 300, 1),
              (5, 'x-5', 'frontend', NULL, 2, 300, 0),
              (6, 'frontend', 'y-6', NULL, 2, 300, 0),
              (7, 'WEB&#x20;01', 'WEB&#x20;01', NULL, 2, 300, 0);

            INSERT INTO tagente_modulo (id_agente_modulo, id_agente, id_tipo_modulo, nombre, unit, module_interval, disabled, delete_pending) VALUES
              (11, 1, 1, 'Memory&#x20;&quot;used&quot;', 'MB', 60, 0, 0),
              (12, 1, 1, 'Swap&#x20;&amp;&#x20;cache', 'MB', 300, 0, 0),
              (13, 1, 3, 'Kernel', '', 300, 0, 0),
              (14, 1, 1, 'Old&#x20;metric', '', 300, 1, 0),
              (15, 1, 1, 'Pending', '', 300, 0, 1),
              (16, 1, 1, 'Short', '', 300, 0, 0),
              (17, 1, 22, 'Ping&#x20;&gt;&#x20;gw', 'ms', 0, 0, 0),
              (18, 1, 2, 'Up', '', 300, 0, 0),
              (19, 1, 2, 'Memory&#x20;&quot;used&quot;.TF.ANOMALY', '', 300, 0, 0),
              (20, 1, 1, 'Clock&#x20;ahead', '', 300, 0, 0),
              (21, 1, 1, 'Nulls', '', 300, 0, 0),
              (22, 1, 100, 'Keep', '', 300, 0, 0),
              (23, 1, 1, '\(String(repeating: "&Omega;mega-", count: 60))', NULL, 300, 0, 0),
              (24, 1, 99, 'Mystery', NULL, NULL, 0, NULL);

            INSERT INTO tagente_datos (id_agente_modulo, datos, utimestamp) VALUES
            \(memoryRows);

            INSERT INTO tagente_datos (id_agente_modulo, datos, utimestamp) VALUES
              (12, 100, \(now - 7200)), (12, 250, \(now - 3600)), (12, 100, \(now - 600)),
              (14, 1, \(now - 600)), (14, 2, \(now - 300)),
              \((0..<10).map { "(16, \($0), \(now - Int64(9 - $0) * 300))" }.joined(separator: ", ")),
              (17, 3.5, \(now - 864_000)),
              (18, 1, \(now - 259_200)),
              (19, 1, \(now - 300)),
              \((1...5).map { "(20, \($0), \(now - Int64(5 - $0) * 300))" }.joined(separator: ", ")),
              (20, 999, \(now + 300)), (20, 999, \(now + 600)),
              (21, 1, \(now - 600)), (21, NULL, \(now - 300)), (21, 3, \(now));

            INSERT INTO tagente_datos_string (id_agente_modulo, datos, utimestamp) VALUES
              (13, '6.1.0-18-amd64', \(now - 3600));
            """
    }
}
