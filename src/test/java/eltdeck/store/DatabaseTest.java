package eltdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void schemaVersionIsTheNewestMigration() throws Exception {
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newestMigration());
    }

    @Test
    void aNewDatabaseGetsTheWholeSchema() {
        Database database = Database.open(dir.resolve("eltdeck.db"));

        assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }

    @Test
    void aDatabaseBehindIsMigratedOnOpen() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("eltdeck.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3").load().migrate();

        Database database = Database.open(dir.resolve("eltdeck.db"));

        assertThat(database.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        try (Connection connection = database.connect(); Statement query = connection.createStatement();
                ResultSet columns = query.executeQuery("SELECT name FROM pragma_table_info('profile_stack') WHERE name = 'dbt_dir'")) {
            assertThat(columns.next()).as("the newest migration's column").isTrue();
        }
    }

    @Test
    void aCurrentDatabaseOpensAgainWithItsData() throws Exception {
        Database first = Database.open(dir.resolve("eltdeck.db"));
        try (Connection connection = first.connect(); Statement insert = connection.createStatement()) {
            insert.execute("CREATE TABLE kept (name TEXT)");
            insert.execute("INSERT INTO kept VALUES ('still here')");
        }

        Database again = Database.open(dir.resolve("eltdeck.db"));

        try (Connection connection = again.connect(); Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT name FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
        assertThat(again.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
    }

    private static int newestMigration() throws URISyntaxException, java.io.IOException {
        Path migrations = Path.of(DatabaseTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElseThrow();
        }
    }
}
