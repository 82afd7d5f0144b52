package eltdeck.ui.env;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.env.EnvText;
import eltdeck.env.Rule;
import eltdeck.env.SchemaVariable;
import eltdeck.profile.Profile;
import eltdeck.stack.RemoteFiles;
import eltdeck.ui.testsupport.UiThread;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The .env editor's state without a window: load, form and raw edits, live findings, overrides, save and its refusal. */
class EnvEditorViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CANARY = "CANARY-vm-s3cret";
    private static final String PATH = "/home/deck/stack/docker/.env";
    private static final String EXAMPLE = """
            # Snowflake account identifier.
            # [required]
            SNOWFLAKE_ACCOUNT=
            # Password of the Snowflake user the flows log in as.
            # [required, secret]
            SNOWFLAKE_PASSWORD=
            # dbt target to run.
            DBT_TARGET=dev
            # Read-only token for the flows repository.
            GITHUB_TOKEN=
            """;
    private static final String ENV = "# warehouse\nSNOWFLAKE_ACCOUNT=xy12345\nSNOWFLAKE_PASSWORD=" + CANARY + "\n";

    private final UiThread ui = new UiThread();
    private final FakeAccess access = new FakeAccess();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void withoutStackSettingsNothingLoadsAndTheHintNamesTheCommand() throws Exception {
        access.configured = false;
        EnvEditorViewModel vm = viewModel();
        ui.run(vm::opened);
        ui.settle(WAIT);

        assertThat(access.loads).isZero();
        assertThat(ui.call(() -> vm.loadedProperty().get() || vm.configuredProperty().get())).isFalse();
        assertThat(vm.settingsHint()).contains("Stack settings… in the Deploy tab").doesNotContain("eltdeck ");
    }

    @Test
    void openingLoadsOnceAndShowsOneRowPerVariableWithWhatTheExampleSays() throws Exception {
        EnvEditorViewModel vm = loaded();
        ui.run(vm::opened);
        ui.settle(WAIT);

        assertThat(access.loads).isEqualTo(1);
        assertThat(ui.call(() -> vm.rows().stream().map(EnvRow::name).toList())).containsExactly("SNOWFLAKE_ACCOUNT", "SNOWFLAKE_PASSWORD");
        EnvRow password = ui.call(() -> vm.rows().get(1));
        assertThat(password.secret()).isTrue();
        assertThat(password.required()).isTrue();
        assertThat(password.description()).isEqualTo("Password of the Snowflake user the flows log in as.");
        assertThat(ui.call(() -> password.lineProperty().get())).isEqualTo(3);
        assertThat(ui.call(() -> vm.missing().stream().map(SchemaVariable::name).toList())).containsExactly("DBT_TARGET", "GITHUB_TOKEN");
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo("Loaded " + PATH + ": 2 variables.");
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isFalse();
    }

    @Test
    void theRawTextIsMaskedAndReadOnlyUntilSecretsAreRevealed() throws Exception {
        EnvEditorViewModel vm = loaded();
        assertThat(ui.call(() -> vm.rawTextProperty().get())).isEqualTo("# warehouse\nSNOWFLAKE_ACCOUNT=xy12345\nSNOWFLAKE_PASSWORD=****\n");

        ui.run(() -> vm.editRaw("SNOWFLAKE_ACCOUNT=other\n"));
        assertThat(ui.call(() -> vm.file().render())).isEqualTo(ENV);

        ui.run(() -> vm.revealAllProperty().set(true));
        assertThat(ui.call(() -> vm.rawTextProperty().get())).isEqualTo(ENV);
        ui.run(() -> vm.editRaw(ENV + "DBT_TARGET=\"prod\"\n"));
        assertThat(ui.call(() -> vm.rows().stream().map(EnvRow::name).toList())).endsWith("DBT_TARGET");
        assertThat(ui.call(() -> vm.missing().stream().map(SchemaVariable::name).toList())).containsExactly("GITHUB_TOKEN");
        assertThat(ui.call(() -> rules(vm))).contains(Rule.QUOTED_VALUE);
    }

    @Test
    void aFormEditChangesOnlyItsLineAndTheFindingsFollowAsYouType() throws Exception {
        EnvEditorViewModel vm = loaded();
        EnvRow account = ui.call(() -> vm.rows().get(0));

        ui.run(() -> vm.setValue(account, "\"xy12345\""));

        assertThat(ui.call(() -> vm.file().render())).isEqualTo(ENV.replace("=xy12345", "=\"xy12345\""));
        assertThat(ui.call(() -> vm.rawTextProperty().get())).contains("SNOWFLAKE_ACCOUNT=\"xy12345\"");
        assertThat(ui.call(() -> vm.rows().get(0))).isSameAs(account);
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isTrue();
        assertThat(ui.call(() -> rules(vm))).contains(Rule.QUOTED_VALUE);
        assertThat(ui.call(() -> vm.canSaveProperty().get())).isFalse();
        assertThat(ui.call(() -> vm.saveHintProperty().get())).isEqualTo("1 error blocks saving: fix or override it.");

        EnvFindingRow quoted = finding(vm, Rule.QUOTED_VALUE);
        ui.run(() -> vm.select(quoted));
        assertThat(ui.call(() -> vm.selectedRowProperty().get())).isSameAs(account);
        assertThat(ui.call(() -> vm.selectedLineProperty().get())).isEqualTo(2);
        assertThat(quoted.hasMechanicalFix()).isTrue();
        ui.run(() -> vm.applyFix(quoted));

        assertThat(ui.call(() -> vm.file().render())).isEqualTo(ENV);
        assertThat(ui.call(() -> rules(vm))).doesNotContain(Rule.QUOTED_VALUE);
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isFalse();
    }

    @Test
    void anOverriddenErrorStopsBlockingEvenWhenItsLineMovesAndWarningsNeverBlock() throws Exception {
        EnvEditorViewModel vm = loaded();
        EnvRow password = ui.call(() -> vm.rows().get(1));
        ui.run(() -> vm.setValue(password, "p@ss"));
        EnvFindingRow at = finding(vm, Rule.SNOWFLAKE_PASSWORD_AT);
        assertThat(at.hasMechanicalFix()).isFalse();
        assertThat(ui.call(() -> vm.canSaveProperty().get())).isFalse();

        ui.run(() -> vm.setOverridden(at, true));
        assertThat(ui.call(() -> vm.canSaveProperty().get())).isTrue();
        ui.run(() -> vm.revealAllProperty().set(true));
        ui.run(() -> vm.editRaw("# moved down\n" + vm.file().render() + "PRICE=5$\n"));

        assertThat(finding(vm, Rule.SNOWFLAKE_PASSWORD_AT).overriddenProperty().get()).isTrue();
        assertThat(finding(vm, Rule.SNOWFLAKE_PASSWORD_AT).finding().line()).isEqualTo(4);
        assertThat(ui.call(() -> rules(vm))).contains(Rule.DOLLAR_IN_VALUE);
        assertThat(ui.call(() -> vm.canSaveProperty().get())).isTrue();
        assertThat(ui.call(vm::overriddenErrors)).singleElement().asString().startsWith("line 4: SNOWFLAKE_PASSWORD contains '@'");
    }

    @Test
    void savingWritesTheEditedTextOverTheSnapshotThatWasLoaded() throws Exception {
        EnvEditorViewModel vm = loaded();
        EnvRow password = ui.call(() -> vm.rows().get(1));
        ui.run(() -> vm.setValue(password, "new-" + CANARY));

        assertThat(ui.call(vm::pendingChanges)).containsExactly("-   3  SNOWFLAKE_PASSWORD=****", "+   3  SNOWFLAKE_PASSWORD=****");
        ui.run(vm::save);
        ui.await(WAIT, () -> !vm.savingProperty().get());

        assertThat(access.vm).isEqualTo(ENV.replace(CANARY, "new-" + CANARY));
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isFalse();
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo(
                "Saved " + PATH + " (mode 0600; the previous version is kept beside it as .env.bak-TIME).");
        // An edit that an error blocks: no more "Saved", the hint says what stops the save.
        ui.run(() -> vm.setValue(password, "has@sign"));
        assertThat(ui.call(() -> vm.statusProperty().get())).isEmpty();
        assertThat(ui.call(() -> vm.saveHintProperty().get())).isEqualTo("1 error blocks saving: fix or override it.");
        // The next save goes over the file just written.
        ui.run(() -> vm.setValue(password, CANARY));
        ui.run(vm::save);
        ui.await(WAIT, () -> !vm.savingProperty().get());
        assertThat(access.vm).isEqualTo(ENV);
    }

    @Test
    void aFileChangedOnTheVmIsNotOverwrittenTheDifferenceIsShownMaskedAndTheEditsStay() throws Exception {
        EnvEditorViewModel vm = loaded();
        EnvRow account = ui.call(() -> vm.rows().get(0));
        ui.run(() -> vm.setValue(account, "mine"));
        access.vm = ENV.replace(CANARY, "theirs-" + CANARY) + "DBT_TARGET=prod\n";

        ui.run(vm::save);
        ui.await(WAIT, () -> !vm.savingProperty().get());

        assertThat(access.vm).contains("theirs-");
        assertThat(ui.call(() -> vm.conflictProperty().get())).containsExactly(
                "-   3  SNOWFLAKE_PASSWORD=****", "+   3  SNOWFLAKE_PASSWORD=****", "+   4  DBT_TARGET=prod");
        assertThat(ui.call(() -> vm.problemProperty().get())).contains("changed on the VM since it was loaded").doesNotContain(CANARY);
        assertThat(ui.call(() -> vm.file().render())).contains("SNOWFLAKE_ACCOUNT=mine");
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isTrue();

        ui.run(vm::load);
        ui.await(WAIT, () -> !vm.loadingProperty().get());
        assertThat(ui.call(() -> vm.file().render())).isEqualTo(access.vm);
        assertThat(ui.call(() -> vm.conflictProperty().get())).isNull();
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isFalse();
    }

    @Test
    void withoutAnEnvOnTheVmEditingStartsFromTheExampleAndSaysSo() throws Exception {
        access.vm = null;
        EnvEditorViewModel vm = loaded();

        assertThat(ui.call(() -> vm.file().render())).isEqualTo(EXAMPLE);
        assertThat(ui.call(() -> vm.statusProperty().get())).startsWith("There is no .env on the VM yet: this starts from the repository's .env.example.");
        assertThat(ui.call(() -> vm.dirtyProperty().get())).isTrue();
        assertThat(ui.call(() -> rules(vm))).contains(Rule.REQUIRED_EMPTY);
    }

    @Test
    void variablesAreAddedAndRemovedAndABadNameSaysWhatIsWrong() throws Exception {
        EnvEditorViewModel vm = loaded();
        SchemaVariable dbt = ui.call(() -> vm.missing().get(0));
        SchemaVariable token = ui.call(() -> vm.missing().get(1));

        ui.run(() -> vm.addMissing(dbt));
        ui.run(() -> vm.addMissing(token));
        assertThat(ui.call(() -> vm.file().render())).endsWith("DBT_TARGET=dev\nGITHUB_TOKEN=\n");
        assertThat(ui.call(() -> vm.selectedRowProperty().get().name())).isEqualTo("GITHUB_TOKEN");

        assertThat(ui.call(() -> vm.addVariable("1BAD-NAME"))).isFalse();
        assertThat(ui.call(() -> vm.problemProperty().get())).startsWith("'1BAD-NAME' is not a valid variable name");
        assertThat(ui.call(() -> vm.addVariable("DBT_TARGET"))).isFalse();
        assertThat(ui.call(() -> vm.problemProperty().get())).isEqualTo("DBT_TARGET is already in the file: edit its row.");
        assertThat(ui.call(() -> vm.addVariable(" AIRBYTE_URL "))).isTrue();
        assertThat(ui.call(() -> vm.problemProperty().get())).isEmpty();

        ui.run(() -> vm.remove(vm.rows().get(1)));
        assertThat(ui.call(() -> vm.rows().stream().map(EnvRow::name).toList()))
                .containsExactly("SNOWFLAKE_ACCOUNT", "DBT_TARGET", "GITHUB_TOKEN", "AIRBYTE_URL");
        assertThat(ui.call(() -> vm.file().render())).doesNotContain(CANARY);
        assertThat(ui.call(() -> rules(vm))).contains(Rule.REQUIRED_MISSING);
    }

    @Test
    void aLoadCanBeCancelledAndItsLateResultIsIgnored() throws Exception {
        access.hold = new CompletableFuture<>();
        EnvEditorViewModel vm = viewModel();
        ui.run(vm::load);
        assertThat(ui.call(() -> vm.loadingProperty().get() && vm.busyProperty().get())).isTrue();

        ui.run(vm::cancelLoad);
        assertThat(access.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ui.call(() -> vm.loadingProperty().get())).isFalse();
        assertThat(ui.call(() -> vm.statusProperty().get())).isEqualTo("Loading cancelled.");
        access.hold.complete(null);
        ui.settle(WAIT);
        assertThat(ui.call(() -> vm.loadedProperty().get())).isFalse();
    }

    private EnvEditorViewModel loaded() throws Exception {
        EnvEditorViewModel vm = viewModel();
        ui.run(vm::opened);
        ui.await(WAIT, () -> vm.loadedProperty().get() && !vm.loadingProperty().get());
        return vm;
    }

    private EnvEditorViewModel viewModel() throws Exception {
        return ui.call(() -> new EnvEditorViewModel(() -> Profile.of("vm", "h", "u"), access, ui.tasks()));
    }

    private static List<Rule> rules(EnvEditorViewModel vm) {
        return vm.findings().stream().map(f -> f.finding().rule()).toList();
    }

    private EnvFindingRow finding(EnvEditorViewModel vm, Rule rule) throws Exception {
        return ui.call(() -> vm.findings().stream().filter(f -> f.finding().rule() == rule).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + rules(vm))));
    }

    /** The VM's .env as a string (null: no file), read and written with the same hash check as RemoteFiles. */
    private static final class FakeAccess implements EnvAccess {
        volatile boolean configured = true;
        volatile String vm = ENV;
        volatile int loads;
        volatile CompletableFuture<Void> hold = CompletableFuture.completedFuture(null);
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public boolean configured(String profile) {
            return configured;
        }

        @Override
        public Call<EnvDocument> load(Profile profile) {
            loads++;
            return call(() -> {
                hold.get(10, TimeUnit.SECONDS);
                return new EnvDocument(PATH, snapshot(vm), snapshot(EXAMPLE), Optional.empty(), "agent");
            });
        }

        @Override
        public Call<SaveOutcome> save(Profile profile, EnvDocument loaded, EnvText text) {
            return call(() -> {
                if (!loaded.env().map(RemoteFiles.Snapshot::sha256).equals(snapshot(vm).map(RemoteFiles.Snapshot::sha256))) {
                    return new SaveOutcome.ChangedOnVm(snapshot(vm));
                }
                vm = text.reveal();
                return new SaveOutcome.Saved(snapshot(vm).orElseThrow());
            });
        }

        private <T> Call<T> call(java.util.concurrent.Callable<T> work) {
            return new Call<>() {
                @Override
                public T run() throws Exception {
                    return work.call();
                }

                @Override
                public void cancel() {
                    cancelled.countDown();
                }
            };
        }

        private static Optional<RemoteFiles.Snapshot> snapshot(String text) {
            return Optional.ofNullable(text).map(t -> new RemoteFiles.Snapshot(PATH, t.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
