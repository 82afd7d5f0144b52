package eltdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppHomeTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void environmentVariableWins() {
        assertThat(AppHome.resolve(Map.of("ELTDECK_HOME", "/data/deck", "XDG_DATA_HOME", "/x"), "Linux", home))
                .isEqualTo(Path.of("/data/deck"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(AppHome.resolve(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home)).isEqualTo(Path.of("/xdg/eltdeck"));
        assertThat(AppHome.resolve(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ada/.local/share/eltdeck"));
    }

    @Test
    void macAndWindowsUseTheirOwnPlaces() {
        assertThat(AppHome.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/ELT Deck"));
        assertThat(AppHome.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", home)).isEqualTo(Path.of("/appdata/ELT Deck"));
    }
}
