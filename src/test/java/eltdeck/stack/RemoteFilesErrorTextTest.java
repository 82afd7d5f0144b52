package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the VM says when a write fails reaches the exception message without the file's content. */
class RemoteFilesErrorTextTest {
    private static final byte[] ENV = "SNOWFLAKE_USER=etl\nPOSTGRES_PASSWORD=hunter2-Pw\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void linesThatQuoteTheContentAreLeftOutAndTheOthersKept() {
        String said = RemoteFiles.withoutContent(stderr("""
                mkdir: cannot create directory '/srv/stack': Permission denied
                sh: 1: hunter2-Pw: not found
                read: POSTGRES_PASSWORD=hunter2-Pw
                """), ENV);

        assertThat(said).doesNotContain("hunter2")
                .startsWith("mkdir: cannot create directory '/srv/stack': Permission denied")
                .contains("(a line quoting the file's content, not shown)");
    }

    @Test
    void shortValuesDoNotHideTheWordsOfAMessage() {
        assertThat(RemoteFiles.withoutContent(stderr("mv: cannot move the file: No space left on device\n"), ENV))
                .isEqualTo("mv: cannot move the file: No space left on device");
    }

    @Test
    void aSnapshotPrintsItsPathAndSizeOnly() {
        assertThat(new RemoteFiles.Snapshot("/srv/stack/.env", ENV).toString())
                .isEqualTo("Snapshot[/srv/stack/.env, " + ENV.length + " bytes]");
    }

    private static ByteArrayOutputStream stderr(String text) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        err.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return err;
    }
}
