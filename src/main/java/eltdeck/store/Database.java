package eltdeck.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** The local SQLite database, migrated by Flyway on open. Holds no secrets. */
public final class Database {
    private final String url;

    private Database(String url) {
        this.url = url;
    }

    public static Database open(Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new Database(url);
    }

    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = ON");
            pragma.execute("PRAGMA busy_timeout = 5000");
        }
        return connection;
    }
}
