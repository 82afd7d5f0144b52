package eltdeck.ui.prefect;

import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.RunFollower;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Opens run pages: each with a log view model of its own, reading as soon as it is made. */
public final class RunPages {
    private final TaskRunner tasks;
    private final Consumer<String> notify;
    private final Supplier<LogViewModel> logs;

    public RunPages(TaskRunner tasks, Consumer<String> notify) {
        this(tasks, notify, LogViewModel::new);
    }

    public RunPages(TaskRunner tasks, Consumer<String> notify, Supplier<LogViewModel> logs) {
        this.tasks = tasks;
        this.notify = notify;
        this.logs = logs;
    }

    public RunViewModel open(GraphQlClient client, String runId) {
        RunViewModel page = new RunViewModel(client, runId, tasks, logs.get(), notify, RunFollower.DEFAULT_EVERY,
                RunFollower.DEFAULT_FINAL_GRACE);
        page.start();
        return page;
    }
}
