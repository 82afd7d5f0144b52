package eltdeck.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which part of a container's log to read, as {@code docker logs} takes it.
 *
 * @param tail   only the last N lines (empty: from the start)
 * @param since  only lines newer than this (empty: all)
 * @param follow keep reading new lines until stopped
 */
public record ContainerLogOptions(OptionalInt tail, Optional<Duration> since, boolean follow) {

    /** The {@code docker logs} arguments before the container; timestamps always, for the merge in time order. */
    List<String> dockerArguments() {
        List<String> args = new ArrayList<>(List.of("docker", "logs", "--timestamps"));
        tail.ifPresent(n -> args.addAll(List.of("--tail", String.valueOf(n))));
        since.ifPresent(d -> args.addAll(List.of("--since", d.toSeconds() + "s")));
        if (follow) {
            args.add("--follow");
        }
        return args;
    }
}
