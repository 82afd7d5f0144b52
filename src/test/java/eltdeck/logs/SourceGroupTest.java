package eltdeck.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceGroupTest {
    private final List<String> received = new ArrayList<>();
    private final LogSink sink = new LogSink() {
        @Override
        public void accept(String stream, List<SourceLine> lines) {
            lines.forEach(l -> received.add(stream + ": " + l.text()));
        }

        @Override
        public void ended(String stream, Exception error) {
            received.add(stream + " ended");
        }
    };

    @Test
    void startsEverySourceIntoTheSinkAndStopsThemAll() {
        HeldSource a = new HeldSource("a");
        HeldSource b = new HeldSource("b");
        SourceGroup group = new SourceGroup(List.of(a, b), sink);

        group.start();
        a.deliver(null, "one");
        b.deliver(null, "two");
        b.end();
        group.stop();

        assertThat(received).containsExactly("a: one", "b: two", "b ended");
        assertThat(a.stopped()).isTrue();
        assertThat(b.stopped()).isTrue();
    }

    @Test
    void afterMuteNotALineMoreReachesTheSinkEvenFromASourceStillRunning() {
        HeldSource a = new HeldSource("a");
        SourceGroup group = new SourceGroup(List.of(a), sink);
        group.start();

        group.mute();
        a.deliver(null, "late");
        a.end();

        assertThat(received).isEmpty();
        assertThat(a.stopped()).as("mute leaves the network alone; stop ends the source").isFalse();
        group.stop();
        assertThat(a.stopped()).isTrue();
    }

    @Test
    void aGroupStoppedBeforeItStartedStartsNothing() {
        HeldSource a = new HeldSource("a");
        SourceGroup group = new SourceGroup(List.of(a), sink);

        group.stop();
        group.start();

        assertThat(a.started()).isFalse();
    }
}
