import GRDB

/// The schema of ``SQLiteStore``, as named migrations in SQL.
///
/// Append-only: a migration that has shipped is never edited; later changes add new migrations
/// (later issues add logs and events the same way). Each runs once, in its own transaction.
enum StoreMigrations {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-assets") { db in
            try db.execute(
                sql: """
                    CREATE TABLE asset (
                        id TEXT PRIMARY KEY NOT NULL,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        description TEXT NOT NULL,
                        parent_id TEXT
                    );
                    CREATE TABLE tag (
                        id TEXT PRIMARY KEY NOT NULL,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        description TEXT NOT NULL,
                        unit TEXT NOT NULL,
                        asset_id TEXT,
                        technical_lower REAL,
                        technical_upper REAL,
                        display_lower REAL,
                        display_upper REAL,
                        bias REAL NOT NULL,
                        multiplier REAL NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v1-observations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE series (
                        id INTEGER PRIMARY KEY,
                        tag_id TEXT NOT NULL UNIQUE,
                        first_time INTEGER NOT NULL,
                        last_time INTEGER NOT NULL,
                        point_count INTEGER NOT NULL
                    );
                    CREATE TABLE chunk (
                        id INTEGER PRIMARY KEY,
                        series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                        start_time INTEGER NOT NULL,
                        end_time INTEGER NOT NULL,
                        point_count INTEGER NOT NULL,
                        data BLOB NOT NULL
                    );
                    CREATE UNIQUE INDEX chunk_by_series_start ON chunk(series_id, start_time);
                    """)
        }
        migrator.registerMigration("v1-incidents") { db in
            try db.execute(
                sql: """
                    CREATE TABLE incident (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        model_id TEXT,
                        element_id TEXT,
                        start_time INTEGER NOT NULL,
                        end_time INTEGER,
                        value REAL,
                        threshold REAL,
                        contributors TEXT NOT NULL,
                        top_contributor TEXT,
                        cause TEXT NOT NULL,
                        status TEXT NOT NULL,
                        assessment TEXT,
                        comment TEXT NOT NULL,
                        group_id INTEGER
                    );
                    CREATE INDEX incident_by_start ON incident(start_time, id);
                    CREATE INDEX incident_by_model ON incident(model_id, element_id);
                    CREATE INDEX incident_by_top_contributor ON incident(top_contributor);
                    CREATE INDEX incident_by_group ON incident(group_id);
                    """)
        }
        migrator.registerMigration("v1-models") { db in
            try db.execute(
                sql: """
                    CREATE TABLE model (
                        id TEXT PRIMARY KEY NOT NULL,
                        name TEXT NOT NULL,
                        status TEXT NOT NULL,
                        definition BLOB NOT NULL,
                        weights BLOB NOT NULL,
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v1-markups") { db in
            try db.execute(
                sql: """
                    CREATE TABLE markup (
                        id TEXT PRIMARY KEY NOT NULL,
                        document TEXT NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
