package eltdeck.cli;

import eltdeck.logs.TextQuery;
import eltdeck.logs.TimeOrderedMerge;
import eltdeck.stack.ContainerInfo;
import eltdeck.stack.ContainerLogOptions;
import eltdeck.stack.ContainerLogSource;
import eltdeck.stack.StackControl;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eltdeck logs NAME [SERVICE...]}: the containers' logs merged in time order. Following ends on Ctrl-C or
 * SIGTERM, and every remote {@code docker logs -f} ends with it.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, description = {
        "Print the logs of the stack's services (default: all), merged in time order, each line prefixed by its service.",
        "Colours are kept on a terminal and stripped otherwise. With -f, follow until Ctrl-C."})
final class LogsCommand implements Callable<Integer> {
    private static final int INTERRUPTED = 130;

    @ParentCommand EltDeckCli root;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Parameters(index = "1..*", paramLabel = "SERVICE", description = "Only these services.") List<String> services = new ArrayList<>();
    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until Ctrl-C.") boolean follow;
    @Option(names = "--tail", paramLabel = "N", description = "Only the last N lines of each container.") Integer tail;
    @Option(names = "--since", paramLabel = "DURATION", converter = Durations.class,
            description = "Only lines newer than this, e.g. 10m, 2h.") Duration since;
    @Option(names = "--grep", paramLabel = "REGEX", description = "Only lines matching this regular expression.") String grep;
    /** Docker streams each line as it is written: only the SSH link's buffering makes one service's lines late. */
    @Option(names = "--reorder-window", paramLabel = "DURATION", converter = Durations.class, defaultValue = "300ms",
            description = "With -f: how long a line waits for quieter services' older lines before it is printed"
                    + " (default ${DEFAULT-VALUE}); 0 prints lines as they arrive.") Duration reorderWindow;
    @Option(names = {"-t", "--timestamps"}, description = "Show docker's timestamp on each line.") boolean timestamps;

    @Override
    public Integer call() throws Exception {
        TextQuery query = TextQuery.of(grep, true, true);
        query.error().ifPresent(why -> {
            throw new IllegalArgumentException("--grep: " + why);
        });
        if (tail != null && tail < 0) {
            throw new IllegalArgumentException("--tail must be 0 or more, not " + tail + ".");
        }
        ContainerLogOptions options = new ContainerLogOptions(tail == null ? OptionalInt.empty() : OptionalInt.of(tail),
                Optional.ofNullable(since), follow);
        try (StackSession stack = vm.stack(root.context(), name)) {
            List<ContainerLogSource> sources = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (ContainerInfo container : selected(new StackControl(stack.shell(), stack.paths()).containers())) {
                sources.add(new ContainerLogSource(stack.link(), container, options));
                labels.put(container.name(), container.service());
            }
            TimeOrderedMerge merge = new TimeOrderedMerge(labels.keySet(), follow ? Optional.of(reorderWindow) : Optional.empty());
            PrintWriter out = root.terminal().outWriter();
            MergedLogPrinter printer = new MergedLogPrinter(out, labels, query, System.console() != null, timestamps);
            int code = printUntilEndOrSignal(sources, merge, printer);
            merge.failures().forEach(failure -> root.terminal().errWriter().println("eltdeck: " + failure));
            return code != 0 ? code : merge.failures().isEmpty() ? 0 : 1;
        }
    }

    private List<ContainerInfo> selected(List<ContainerInfo> containers) {
        TreeSet<String> known = new TreeSet<>(containers.stream().map(ContainerInfo::service).toList());
        for (String service : services) {
            if (!known.contains(service)) {
                throw new IllegalArgumentException("The stack has no container of service '" + service + "'"
                        + (known.isEmpty() ? "; is it deployed?" : "; its services: " + String.join(", ", known) + "."));
            }
        }
        return containers.stream().filter(c -> services.isEmpty() || services.contains(c.service())).toList();
    }

    /** Ctrl-C and SIGTERM interrupt the printing; the JVM's exit waits until every source has closed its channel. */
    private static int printUntilEndOrSignal(List<ContainerLogSource> sources, TimeOrderedMerge merge, MergedLogPrinter printer) {
        try (StopOnSignal onSignal = new StopOnSignal("logs-stop", Thread.currentThread()::interrupt, Duration.ofSeconds(10))) {
            try {
                sources.forEach(source -> source.start(merge));
                for (Optional<TimeOrderedMerge.Merged> line = merge.next(); line.isPresent(); line = merge.next()) {
                    printer.print(line.get());
                }
                return 0;
            } catch (InterruptedException e) {
                return INTERRUPTED;
            } finally {
                sources.forEach(ContainerLogSource::stop);
            }
        }
    }
}
