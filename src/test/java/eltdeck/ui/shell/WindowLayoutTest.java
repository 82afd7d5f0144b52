package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLayoutTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D MONITOR = new Rectangle2D(1440, 0, 2560, 1440);

    @TempDir
    Path home;

    @Test
    void aFirstStartOpensAtTheDefaultSizeCentredWithTheTunnelsShown() {
        WindowLayout layout = WindowLayout.in(home);

        assertThat(layout.placement(List.of(LAPTOP))).isEqualTo(new Rectangle2D(80, 50, 1280, 800));
        assertThat(layout.maximized()).isFalse();
        assertThat(layout.tunnelsExpanded()).isTrue();
        assertThat(WindowLayout.in(home).placement(List.of(new Rectangle2D(0, 0, 1024, 700))))
                .isEqualTo(new Rectangle2D(0, 0, 1024, 700));
    }

    @Test
    void theNextStartReopensAsTheWindowWasLeft() {
        WindowLayout.in(home).save(new Rectangle2D(1600, 100, 1800, 1100), true, false);

        WindowLayout reopened = WindowLayout.in(home);

        assertThat(reopened.placement(List.of(LAPTOP, MONITOR))).isEqualTo(new Rectangle2D(1600, 100, 1800, 1100));
        assertThat(reopened.maximized()).isTrue();
        assertThat(reopened.tunnelsExpanded()).isFalse();
    }

    @Test
    void boundsOnAScreenThatIsGoneFallBackToTheDefaultAndTooLargeOnesShrinkToFit() {
        WindowLayout.in(home).save(new Rectangle2D(1600, 100, 1800, 1100), false, true);

        assertThat(WindowLayout.in(home).placement(List.of(LAPTOP))).isEqualTo(new Rectangle2D(80, 50, 1280, 800));

        WindowLayout.in(home).save(new Rectangle2D(200, 100, 1800, 1100), false, true);

        assertThat(WindowLayout.in(home).placement(List.of(LAPTOP))).isEqualTo(new Rectangle2D(0, 0, 1440, 900));
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Files.writeString(home.resolve("window.properties"), "width=wide\nheight=800\ntunnelsExpanded=false\n");

        WindowLayout layout = WindowLayout.in(home);

        assertThat(layout.placement(List.of(LAPTOP))).isEqualTo(new Rectangle2D(80, 50, 1280, 800));
        assertThat(layout.tunnelsExpanded()).isTrue();
    }
}
