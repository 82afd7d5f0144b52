package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.prefect.Flow;
import eltdeck.prefect.GraphQlClient;
import eltdeck.profile.Profile;
import eltdeck.stack.FlowRegistration;
import eltdeck.ui.testsupport.UiThread;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registering from the window, driven through the {@link PrefectAccess} contract as the VM drives it (the files, the
 * streamed output, the outcome per file); the registration itself runs on the Docker VM in FlowRegistrationCommandTest.
 */
class RegisterViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final UiThread ui = new UiThread();
    private final VmAccess vm = new VmAccess();
    private final AtomicInteger refreshed = new AtomicInteger();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void thePickedFilesAreRegisteredWithTheirOutputAndOutcome() throws Exception {
        RegisterViewModel register = viewModel();
        ui.run(register::loadFiles);
        ui.await(WAIT, () -> register.files().size() == 2);
        assertThat(ui.call(() -> register.statusProperty().get())).isEqualTo("2 flow files. Pick the ones to register.");

        ui.run(() -> register.chosen().setAll("all_etl_flow.py"));
        ui.run(register::register);
        ui.await(WAIT, () -> !register.runningProperty().get());
        assertThat(vm.registered).containsExactly(List.of("all_etl_flow.py"));
        assertThat(ui.call(() -> register.outputProperty().get())).isEqualTo("Already up to date.\nFlow URL: http://localhost:8080/…");
        assertThat(ui.call(() -> List.copyOf(register.outcomes()))).containsExactly("all_etl_flow.py: registered elt/all-etl (version 2)");
        assertThat(ui.call(() -> register.statusProperty().get())).isEqualTo("Registration done.");
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void aFailedFileIsSaidAndAFailedPullToo() throws Exception {
        vm.exitCode = 1;
        RegisterViewModel register = viewModel();
        ui.run(register::register);
        ui.await(WAIT, () -> !register.runningProperty().get());
        assertThat(vm.registered).containsExactly(List.of());
        assertThat(ui.call(() -> register.statusProperty().get())).isEqualTo("1 of 1 file failed: see the output.");
        assertThat(ui.call(() -> List.copyOf(register.outcomes()))).containsExactly("all_etl_flow.py: failed (python3 exited 1)");

        vm.pullFails = true;
        ui.run(register::register);
        ui.await(WAIT, () -> !register.runningProperty().get() && register.statusProperty().get().startsWith("Registration failed"));
        assertThat(ui.call(() -> register.statusProperty().get())).contains("git pull failed on the VM");
        assertThat(refreshed).hasValue(2);
    }

    private RegisterViewModel viewModel() throws Exception {
        PrefectEndpoint endpoint = ui.call(() -> new PrefectEndpoint(() -> "vm", FXCollections.observableArrayList(), vm, ui.tasks()));
        ui.run(endpoint::reload);
        ui.await(WAIT, () -> endpoint.urlProperty().get() != null);
        return ui.call(() -> new RegisterViewModel(() -> Profile.of("vm", "h", "u"), vm, endpoint, ui.tasks(),
                refreshed::incrementAndGet));
    }

    /** The VM's side as FlowRegistration answers it: two flow files, output line by line, an outcome per file. */
    private static final class VmAccess implements PrefectAccess {
        final List<List<String>> registered = new ArrayList<>();
        volatile int exitCode;
        volatile boolean pullFails;

        @Override
        public Optional<URI> apiUrl(String profile) {
            return Optional.of(URI.create("http://127.0.0.1:4200/graphql"));
        }

        @Override
        public void setApiUrl(String profile, Optional<URI> url) {
            throw new UnsupportedOperationException("not set in these tests");
        }

        @Override
        public boolean alertsFailedRuns(String profile) {
            return false;
        }

        @Override
        public void setAlertsFailedRuns(String profile, boolean on) {
            throw new UnsupportedOperationException("not set in these tests");
        }

        @Override
        public List<String> flowFiles(Profile profile) {
            return List.of("all_etl_flow.py", "dbt_docs_flow.py");
        }

        @Override
        public List<FlowRegistration.Outcome> register(Profile profile, GraphQlClient api, List<String> files,
                                                       Consumer<String> output) throws java.io.IOException {
            if (pullFails) {
                throw new java.io.IOException("git pull failed on the VM: fatal: not a git repository");
            }
            registered.add(files);
            output.accept("Already up to date.");
            output.accept("Flow URL: http://localhost:8080/…");
            return List.of(new FlowRegistration.Outcome("all_etl_flow.py", exitCode,
                    exitCode == 0 ? List.of("elt/all-etl (version 2)") : List.of(), exitCode == 0));
        }
    }
}
