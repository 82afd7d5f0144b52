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
        Held a = new Held("a");
        Held b = new Held("b");
        SourceGroup group = new SourceGroup(List.of(a, b), sink);

        group.start();
        a.deliver("one");
        b.deliver("two");
        b.end();
        group.stop();

        assertThat(received).containsExactly("a: one", "b: two", "b ended");
        assertThat(a.stopped).isTrue();
        assertThat(b.stopped).isTrue();
    }

    @Test
    void afterMuteNotALineMoreReachesTheSinkEvenFromASourceStillRunning() {
        Held a = new Held("a");
        SourceGroup group = new SourceGroup(List.of(a), sink);
        group.start();

        group.mute();
        a.deliver("late");
        a.end();

        assertThat(received).isEmpty();
        assertThat(a.stopped).as("mute leaves the network alone; stop ends the source").isFalse();
        group.stop();
        assertThat(a.stopped).isTrue();
    }

    @Test
    void aGroupStoppedBeforeItStartedStartsNothing() {
        Held a = new Held("a");
        SourceGroup group = new SourceGroup(List.of(a), sink);

        group.stop();
        group.start();

        assertThat(a.sink).isNull();
    }

    /** A source that delivers what the test hands it. */
    private static final class Held implements LogSource {
        private final String name;
        private LogSink sink;
        private boolean stopped;

        Held(String name) {
            this.name = name;
        }

        @Override
        public String stream() {
            return name;
        }

        @Override
        public void start(LogSink s) {
            sink = s;
        }

        @Override
        public void stop() {
            stopped = true;
        }

        void deliver(String text) {
            sink.accept(name, List.of(SourceLine.untimed(text)));
        }

        void end() {
            sink.ended(name, null);
        }
    }
}
