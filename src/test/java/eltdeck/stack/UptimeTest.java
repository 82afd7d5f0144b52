package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UptimeTest {
    @Test
    void readsDockersWordsWithOrWithoutAHealthOrPauseMark() {
        assertThat(Uptime.of("Up 5 minutes (healthy)")).contains(new Uptime("5 minutes", Duration.ofMinutes(5)));
        assertThat(Uptime.of("Up 2 seconds (health: starting)")).contains(new Uptime("2 seconds", Duration.ofSeconds(2)));
        assertThat(Uptime.of("Up Less than a second")).contains(new Uptime("Less than a second", Duration.ZERO));
        assertThat(Uptime.of("Up About an hour (Paused)")).contains(new Uptime("About an hour", Duration.ofHours(1)));
        assertThat(Uptime.of("Up About a minute")).contains(new Uptime("About a minute", Duration.ofMinutes(1)));
        assertThat(Uptime.of("Up 3 days").orElseThrow().duration()).isEqualTo(Duration.ofDays(3));
        assertThat(Uptime.of("Up 2 weeks").orElseThrow().duration()).isEqualTo(Duration.ofDays(14));
        assertThat(Uptime.of("Up 1 hour").orElseThrow().duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aContainerThatIsNotUpHasNone() {
        assertThat(Uptime.of("Exited (1) 2 minutes ago")).isEmpty();
        assertThat(Uptime.of("Restarting (1) 3 seconds ago")).isEmpty();
        assertThat(Uptime.of("Created")).isEmpty();
        assertThat(Uptime.of("")).isEmpty();
        assertThat(Uptime.of(null)).isEmpty();
    }

    @Test
    void ordersByDuration() {
        assertThat(Uptime.of("Up 59 seconds").orElseThrow()).isLessThan(Uptime.of("Up About a minute").orElseThrow());
        assertThat(Uptime.of("Up 2 hours").orElseThrow()).isGreaterThan(Uptime.of("Up 45 minutes").orElseThrow());
    }
}
