package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pieces around lines: timestamps, levels, formatting, tags, saving, presets. */
class SmallPartsTest {
    @Test
    void dockerTimestampPrefixIsSplitOff() {
        SourceLine line = TimestampPrefix.split("2024-01-15T10:30:00.123456789Z Prefect Agent started");

        assertThat(line.timestamp()).isEqualTo(Instant.parse("2024-01-15T10:30:00.123456789Z"));
        assertThat(line.text()).isEqualTo("Prefect Agent started");
        assertThat(TimestampPrefix.split("2024-01-15T12:30:00+02:00 x").timestamp())
                .isEqualTo(Instant.parse("2024-01-15T10:30:00Z"));
    }

    @Test
    void linesWithoutATimestampStayWhole() {
        for (String text : List.of("", "plain", "2024-01-15 10:30:00 app's own time", "2024-13-45T99:99:99Z broken")) {
            assertThat(TimestampPrefix.split(text)).isEqualTo(SourceLine.untimed(text));
        }
    }

    @Test
    void levelsAreDetectedFromCommonFormats() {
        assertThat(LogLevel.detect("[2024-01-15 10:30:00+0000] ERROR - prefect.FlowRunner | failed")).isEqualTo(LogLevel.ERROR);
        assertThat(LogLevel.detect("WARNING:root:disk almost full")).isEqualTo(LogLevel.WARN);
        assertThat(LogLevel.detect("time=x level=debug msg=y")).isEqualTo(LogLevel.DEBUG);
        assertThat(LogLevel.detect("{\"level\":\"info\",\"msg\":\"ok\"}")).isEqualTo(LogLevel.INFO);
        assertThat(LogLevel.detect("nothing to see")).isNull();
        assertThat(LogLevel.detect("INFORMATION only")).isNull();
    }

    @Test
    void formatPutsTimestampAndPaddedTagBeforeTheText() {
        LogLine line = new LogLine("agent", 1, Instant.parse("2024-01-15T10:30:00.5Z"), Instant.EPOCH,
                StyledText.plain("hello"), null);

        assertThat(new LogLineFormat(ZoneOffset.UTC, true, 8).format(line)).isEqualTo("2024-01-15 10:30:00.500 agent    | hello");
        assertThat(new LogLineFormat(ZoneOffset.UTC, false, 0).format(line)).isEqualTo("hello");
    }

    @Test
    void untimedLinesShowWhenTheyArrived() {
        LogLine line = new LogLine("agent", 1, null, Instant.parse("2024-01-15T10:30:00Z"), StyledText.plain("x"), null);

        assertThat(new LogLineFormat(ZoneOffset.UTC, true, 0).timestamp(line)).isEqualTo("2024-01-15 10:30:00.000 ");
    }

    @Test
    void streamTagsCountSlotsAndWidth() {
        StreamTags tags = new StreamTags();

        assertThat(tags.register("agent")).isTrue();
        assertThat(tags.register("postgres")).isTrue();
        assertThat(tags.register("agent")).isFalse();

        assertThat(tags.slot("postgres")).isEqualTo(1);
        assertThat(tags.count()).isEqualTo(2);
        assertThat(tags.width()).isEqualTo(8);
    }

    @Test
    void presetsNameTheirLimits() {
        assertThat(TailPreset.LINES_1000.lines()).hasValue(1000);
        assertThat(TailPreset.ALL.lines()).isEmpty();
        assertThat(TailPreset.LINES_10000.label()).isEqualTo("last 10,000");
        assertThat(SincePreset.HOUR_1.age()).hasValueSatisfying(age -> assertThat(age.toMinutes()).isEqualTo(60));
        assertThat(SincePreset.ALL.age()).isEmpty();
    }
}
