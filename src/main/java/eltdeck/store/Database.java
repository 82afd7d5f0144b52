package eltdeck.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** The local SQLite database, migrated by Flyway on open. Holds no secrets. */
public final class Database {
    /** The newest migration under {@code db/migration} (a test keeps the two equal). */
    static final int SCHEMA_VERSION = 24;

    private final String url;

    private Database(String url) {
        this.url = url;
    }

    public static Database open(Path file) {
        Database database = new Database("jdbc:sqlite:" + file.toAbsolutePath());
        // Flyway takes a good part of a second to load and scan its migrations: at start-up, it only runs when the
        // schema is behind.
        if (database.schemaVersion() < SCHEMA_VERSION) {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(database.url, null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        return database;
    }

    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = ON");
            pragma.execute("PRAGMA busy_timeout = 5000");
        }
        return connection;
    }

    /** The newest migration Flyway applied to this database; 0 for a new one. */
    int schemaVersion() {
        try (Connection connection = connect(); Statement query = connection.createStatement()) {
            if (!hasMigrationHistory(connection)) {
                return 0;
            }
            try (ResultSet newest = query.executeQuery(
                    "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return newest.next() ? newest.getInt(1) : 0;
            }
        } catch (SQLException e) {
            return 0; // Flyway then says what is wrong with the file
        }
    }

    private static boolean hasMigrationHistory(Connection connection) throws SQLException {
        try (ResultSet table = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return table.next();
        }
    }
}
