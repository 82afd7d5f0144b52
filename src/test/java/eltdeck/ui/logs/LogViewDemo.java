package eltdeck.ui.logs;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import eltdeck.logs.InputStreamLogSource;
import eltdeck.logs.LogSink;
import eltdeck.logs.SourceLine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows a log view fed with coloured sample lines of two streams and the output of a real process, to look at
 * it as a user would: {@code java -cp … eltdeck.ui.logs.LogViewDemo [dark]}. Changing "Tail" or "Since"
 * refetches the sample history the way a container-log owner would re-run {@code docker logs}.
 */
public final class LogViewDemo {
    private static final String ESC = "\u001b";
    private static final String[] AGENT = {
        "[%s] INFO - agent | Waiting for flow runs...",
        "[%s] INFO - agent | Found 1 flow run(s) to submit for execution.",
        "[%s] INFO - agent | Deploying flow run all-etl/" + "%d",
        "[%s] INFO - prefect.CloudFlowRunner | Flow run RUNNING: terminal tasks are incomplete.",
        "[%s] WARNING - prefect.TaskRunner | Task 'airbyte_sync': retrying in 30 seconds",
        "[%s] ERROR - prefect.TaskRunner | Task 'dbt_run': Finished task run for task with final state: 'Failed'",
        ESC + "[32m✓" + ESC + "[0m dbt " + ESC + "[1mOK" + ESC + "[0m created sql view model staging.stg_orders " + ESC + "[2m[CREATE VIEW in 0.41s]" + ESC + "[0m",
        ESC + "[33mdbt warning:" + ESC + "[0m model " + ESC + "[4mstg_customers" + ESC + "[24m has no tests",
    };
    private static final String[] SERVER = {
        ESC + "[36mapollo" + ESC + "[0m | query " + ESC + "[1mflow_run" + ESC + "[0m answered in %d ms",
        ESC + "[38;5;208mhasura" + ESC + "[0m | {\"level\":\"info\",\"type\":\"http-log\",\"status\":200,\"latency\":%d}",
        ESC + "[38;2;120;90;220mgraphql" + ESC + "[0m | mutation set_schedule_active " + ESC + "[42m 200 OK " + ESC + "[0m",
        ESC + "[31;1mERROR" + ESC + "[0m towel | scheduler: flow all-etl missed its run at %d:00",
    };

    private LogViewDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Demo.class, args);
    }

    /** The JavaFX application the demo starts. */
    public static final class Demo extends Application {
        private final ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-feed");
            thread.setDaemon(true);
            return thread;
        });
        private final AtomicLong counter = new AtomicLong();
        private Process ticker;
        private InputStreamLogSource tickerSource;

        @Override
        public void start(Stage stage) throws IOException {
            boolean dark = getParameters().getRaw().contains("dark");
            Application.setUserAgentStylesheet((dark ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet());
            LogViewModel model = new LogViewModel();
            model.showTimestampsProperty().set(true);
            model.highlightTextProperty().set("all-etl");
            LogView view = new LogView(model);

            replayHistory(model);
            model.fetchChoicesProperty().set(true);
            model.tailProperty().addListener(o -> replayHistory(model));
            model.sinceProperty().addListener(o -> replayHistory(model));
            feeder.scheduleAtFixedRate(() -> feedLive(model.sink()), 400, 700, TimeUnit.MILLISECONDS);
            startTicker(model.sink());

            stage.setTitle("Log view — ELT Deck demo");
            stage.setScene(new Scene(view, 1280, 660));
            stage.show();
            view.lookup("#log-lines").requestFocus();
        }

        @Override
        public void stop() {
            feeder.shutdownNow();
            tickerSource.stop();
            ticker.destroy();
        }

        /** A real process printing coloured lines, read by the InputStream source. */
        private void startTicker(LogSink sink) throws IOException {
            ticker = new ProcessBuilder("sh", "-c",
                    "i=0; while true; do i=$((i+1)); printf '\\033[35mtick\\033[0m %d from a real process\\n' $i; sleep 3; done")
                    .start();
            tickerSource = new InputStreamLogSource("ticker", ticker.getInputStream(), false);
            tickerSource.start(sink);
        }

        /** What an owner does when Tail or Since changes: forget, then fetch the history again. */
        private void replayHistory(LogViewModel model) {
            model.clear();
            Instant now = Instant.now();
            Instant oldest = model.sinceProperty().get().age().map(now::minus).orElse(now.minus(Duration.ofHours(30)));
            int tail = model.tailProperty().get().lines().orElse(Integer.MAX_VALUE);
            model.sink().accept("agent", history(AGENT, oldest, now, tail, 37));
            model.sink().accept("server", history(SERVER, oldest, now, tail, 53));
        }

        private List<SourceLine> history(String[] templates, Instant oldest, Instant now, int tail, int secondsApart) {
            List<SourceLine> lines = new ArrayList<>();
            for (Instant t = now.minusSeconds(5); t.isAfter(oldest); t = t.minusSeconds(secondsApart)) {
                lines.add(0, line(templates, t));
            }
            return lines.subList(Math.max(0, lines.size() - tail), lines.size());
        }

        private void feedLive(LogSink sink) {
            Instant now = Instant.now();
            boolean agent = counter.get() % 3 != 2;
            sink.accept(agent ? "agent" : "server", List.of(line(agent ? AGENT : SERVER, now)));
        }

        private SourceLine line(String[] templates, Instant time) {
            long n = counter.incrementAndGet();
            String template = templates[(int) (n * 7 % templates.length)];
            String text = template.contains("[%s]")
                    ? String.format(template, time.toString().replace('T', ' ').substring(0, 23), n)
                    : String.format(template, 3 + n % 90);
            return new SourceLine(time, text);
        }
    }
}
