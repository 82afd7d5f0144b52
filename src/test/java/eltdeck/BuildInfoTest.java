package eltdeck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theBuiltJarSaysItsPomVersionAndCommit() {
        BuildInfo info = BuildInfo.current();
        assertThat(info.version()).isEqualTo(System.getProperty("eltdeck.expected.version"));
        assertThat(info.commit()).matches("[0-9a-f]{7,}|unknown");
    }

    @Test
    void placeholdersMavenDidNotFillInAreNamedAsUnknown() {
        Properties p = new Properties();
        p.setProperty("version", "${project.version}");
        p.setProperty("commit", "${git.commit.id.abbrev}");
        assertThat(BuildInfo.fromProperties(p).describe()).isEqualTo("ELT Deck development build (commit unknown)");
    }

    @Test
    void aDirtyTreeIsSaid() {
        Properties p = new Properties();
        p.setProperty("version", "1.2.3");
        p.setProperty("commit", "abc1234");
        p.setProperty("commit.dirty", "true");
        assertThat(BuildInfo.fromProperties(p).describe()).isEqualTo("ELT Deck 1.2.3 (commit abc1234, with uncommitted changes)");
    }
}
