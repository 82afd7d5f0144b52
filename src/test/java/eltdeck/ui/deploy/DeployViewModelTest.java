package eltdeck.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.GitTokens;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.stack.DeployKey;
import eltdeck.stack.DeployListener.Outcome;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.DeployResult;
import eltdeck.stack.DeployStep;
import eltdeck.stack.RepositorySync;
import eltdeck.stack.StackSettings;
import eltdeck.ui.deploy.DeployStepRow.State;
import eltdeck.ui.testsupport.UiThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deploy panel's state, driven through the {@link DeployListener} contract, as the pipeline drives it. */
class DeployViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final UiThread ui = new UiThread();
    private final FakeDeployer deployer = new FakeDeployer();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void withoutStackSettingsNothingCanDeployAndTheHintNamesTheWindowsStackSettings() throws Exception {
        deployer.configured = false;
        DeployViewModel vm = viewModel();
        ui.run(vm::refresh);
        ui.settle(WAIT);
        assertThat(ui.call(() -> vm.canDeployProperty().get())).isFalse();
        assertThat(vm.settingsHint()).contains("Stack settings").doesNotContain("eltdeck ");
        ui.run(vm::deploy);
        assertThat(deployer.prepared).isZero();
    }

    @Test
    void stepsFollowTheListenerAndTheResultEndsTheRun() throws Exception {
        DeployViewModel vm = configured();
        ui.run(vm::deploy);
        assertThat(ui.call(() -> vm.runningProperty().get() && !vm.canDeployProperty().get())).isTrue();
        assertThat(ui.call(() -> vm.steps().stream().map(DeployStepRow::state).distinct().toList()))
                .containsExactly(State.PENDING);
        DeployListener l = deployer.listener();

        l.started(DeployStep.LOCK);
        ui.await(WAIT, () -> vm.steps().get(0).state() == State.RUNNING);
        assertThat(ui.call(() -> vm.currentProperty().get().step())).isEqualTo(DeployStep.LOCK);
        l.output(DeployStep.LOCK, "locked ~/stack/docker/.eltdeck-deploy.lock");
        l.finished(DeployStep.LOCK, Outcome.SUCCEEDED, Duration.ofMillis(1234), "");
        l.started(DeployStep.REPOSITORY);
        l.output(DeployStep.REPOSITORY, "cloned, at abc123");
        l.output(DeployStep.REPOSITORY, "2 new commits");
        ui.await(WAIT, () -> vm.steps().get(1).outputProperty().get().endsWith("2 new commits"));

        DeployStepRow lock = ui.call(() -> vm.steps().get(0));
        assertThat(ui.call(() -> lock.state())).isEqualTo(State.SUCCEEDED);
        assertThat(ui.call(() -> lock.durationProperty().get())).isEqualTo("1.2 s");
        assertThat(ui.call(() -> lock.outputProperty().get())).isEqualTo("locked ~/stack/docker/.eltdeck-deploy.lock");
        assertThat(ui.call(() -> vm.steps().get(1).outputProperty().get())).isEqualTo("cloned, at abc123\n2 new commits");
        assertThat(ui.call(() -> vm.steps().get(1).state())).isEqualTo(State.RUNNING);
        assertThat(ui.call(() -> vm.currentProperty().get().step())).isEqualTo(DeployStep.REPOSITORY);

        for (DeployStep s : List.of(DeployStep.REPOSITORY, DeployStep.ENV_CHECK, DeployStep.COMPOSE_CONFIG,
                DeployStep.PULL_AND_UP, DeployStep.READINESS, DeployStep.TENANT, DeployStep.RECORD, DeployStep.UNLOCK)) {
            if (s != DeployStep.REPOSITORY) {
                l.started(s);
            }
            l.finished(s, Outcome.SUCCEEDED, Duration.ofMillis(100), "");
        }
        deployer.end(new DeployResult(Outcome.SUCCEEDED, new RepositorySync.SyncResult(Optional.empty(), "abc123",
                List.of(), true, false), Optional.empty(), "", "", Duration.ofMillis(4500)));

        ui.await(WAIT, () -> !vm.runningProperty().get());
        assertThat(ui.call(() -> vm.steps().stream().map(DeployStepRow::state).distinct().toList()))
                .containsExactly(State.SUCCEEDED);
        assertThat(ui.call(() -> vm.resultProperty().get())).isEqualTo(DeployViewModel.Result.SUCCEEDED);
        assertThat(ui.call(() -> vm.resultTextProperty().get())).isEqualTo("Deploy succeeded in 4.5 s at abc123.");
        assertThat(ui.call(() -> vm.resultHintProperty().get())).isEmpty();
        assertThat(ui.call(() -> vm.canDeployProperty().get())).isTrue();
    }

    @Test
    void aFailedStepKeepsItsHintAndTheResultShowsWhatToDo() throws Exception {
        DeployViewModel vm = configured();
        ui.run(vm::redeploy);
        assertThat(deployer.request.redeploy()).isTrue();
        DeployListener l = deployer.listener();
        l.started(DeployStep.LOCK);
        l.finished(DeployStep.LOCK, Outcome.SUCCEEDED, Duration.ofMillis(10), "");
        l.started(DeployStep.REPOSITORY);
        l.output(DeployStep.REPOSITORY, "fatal: could not read from remote repository");
        l.finished(DeployStep.REPOSITORY, Outcome.FAILED, Duration.ofMillis(800), "Check the repository URL.");
        l.started(DeployStep.UNLOCK);
        l.finished(DeployStep.UNLOCK, Outcome.SUCCEEDED, Duration.ofMillis(10), "");
        deployer.end(new DeployResult(Outcome.FAILED, null, Optional.of(DeployStep.REPOSITORY),
                "git could not fetch", "Check the repository URL.", Duration.ofMillis(900)));

        ui.await(WAIT, () -> !vm.runningProperty().get());
        assertThat(ui.call(() -> vm.steps().stream().map(DeployStepRow::state).toList())).containsExactly(
                State.SUCCEEDED, State.FAILED, State.PENDING, State.PENDING, State.PENDING, State.PENDING, State.PENDING, State.PENDING,
                State.SUCCEEDED);
        assertThat(ui.call(() -> vm.steps().get(1).hintProperty().get())).isEqualTo("Check the repository URL.");
        assertThat(ui.call(() -> vm.resultProperty().get())).isEqualTo(DeployViewModel.Result.FAILED);
        assertThat(ui.call(() -> vm.resultTextProperty().get())).isEqualTo("Deploy failed in 0.9 s: git could not fetch");
        assertThat(ui.call(() -> vm.resultHintProperty().get())).isEqualTo("Check the repository URL.");

        // The next deploy starts from a clean slate.
        ui.run(vm::deploy);
        assertThat(ui.call(() -> vm.steps().stream().map(DeployStepRow::state).distinct().toList()))
                .containsExactly(State.PENDING);
        assertThat(ui.call(() -> vm.resultHintProperty().get())).isEmpty();
        deployer.end(new DeployResult(Outcome.SUCCEEDED, null, Optional.empty(), "", "", Duration.ofMillis(10)));
        ui.await(WAIT, () -> !vm.runningProperty().get());
    }

    @Test
    void cancelGoesThroughTheDeployAndTheStepShowsCancelled() throws Exception {
        DeployViewModel vm = configured();
        ui.run(vm::deploy);
        DeployListener l = deployer.listener();
        l.started(DeployStep.PULL_AND_UP);
        ui.run(vm::cancel);
        assertThat(deployer.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ui.call(() -> vm.cancellingProperty().get())).isTrue();
        l.finished(DeployStep.PULL_AND_UP, Outcome.CANCELLED, Duration.ofSeconds(3), "");
        deployer.end(new DeployResult(Outcome.CANCELLED, null, Optional.of(DeployStep.PULL_AND_UP),
                "The deploy was cancelled during Pull and up.", "", Duration.ofSeconds(3)));

        ui.await(WAIT, () -> !vm.runningProperty().get());
        assertThat(ui.call(() -> vm.steps().get(DeployStep.PULL_AND_UP.ordinal()).state())).isEqualTo(State.CANCELLED);
        assertThat(ui.call(() -> vm.resultProperty().get())).isEqualTo(DeployViewModel.Result.CANCELLED);
        assertThat(ui.call(() -> vm.cancellingProperty().get())).isFalse();
    }

    @Test
    void aDeployThatCannotConnectFailsWithTheReason() throws Exception {
        DeployViewModel vm = configured();
        ui.run(vm::deploy);
        deployer.fail(new java.io.IOException("Connection refused"));
        ui.await(WAIT, () -> !vm.runningProperty().get());
        assertThat(ui.call(() -> vm.resultProperty().get())).isEqualTo(DeployViewModel.Result.FAILED);
        assertThat(ui.call(() -> vm.resultTextProperty().get())).isEqualTo("Deploy failed before it started: Connection refused");
    }

    @Test
    void theHistoryIsReadAgainAfterEachDeployAndARollbackDeploysItsCommit() throws Exception {
        DeployRecord earlier = new DeployRecord("vm", "abc1234", "ana", Instant.parse("2026-11-20T10:00:00Z"),
                Duration.ofSeconds(40), "SUCCEEDED", false, "");
        DeployRecord broken = new DeployRecord("vm", "", "ana", Instant.parse("2026-11-21T10:00:00Z"),
                Duration.ofSeconds(2), "FAILED", false, "Connection refused");
        deployer.history = List.of(broken, earlier);
        DeployViewModel vm = configured();
        ui.await(WAIT, () -> vm.history().size() == 2);
        assertThat(ui.call(() -> vm.canRollBack(broken))).as("no commit to go back to").isFalse();
        assertThat(ui.call(() -> vm.canRollBack(earlier))).isTrue();
        assertThat(DeployViewModel.rollbackWarning(earlier)).contains("abc1234", ".env", "volumes", "databases", "not rolled back");

        ui.run(() -> vm.readinessMinutesProperty().set(12));
        ui.run(() -> vm.rollback(earlier));
        assertThat(deployer.request).isEqualTo(new Deployer.Request(false, Optional.of("abc1234"), Duration.ofMinutes(12), false));
        assertThat(ui.call(() -> vm.resultTextProperty().get())).isEqualTo("Rolling back to abc1234 vm…");
        assertThat(ui.call(() -> vm.canRollBack(earlier))).as("not while a deploy runs").isFalse();

        DeployRecord now = new DeployRecord("vm", "abc1234", "ana", Instant.parse("2026-11-24T10:00:00Z"),
                Duration.ofSeconds(30), "SUCCEEDED", false, "");
        deployer.history = List.of(now, broken, earlier);
        deployer.end(new DeployResult(Outcome.SUCCEEDED, null, Optional.empty(), "", "", Duration.ofSeconds(30)));
        ui.await(WAIT, () -> vm.history().size() == 3);
        assertThat(ui.call(() -> vm.history().get(0))).isEqualTo(now);
    }

    @Test
    void aServerWithoutTenantOffersToCreateItAndTheNextDeployAsksForIt() throws Exception {
        DeployViewModel vm = configured();
        ui.run(vm::deploy);
        deployer.end(new DeployResult(Outcome.FAILED, null, Optional.of(DeployStep.TENANT), "The Prefect API has no tenant",
                "Create the default tenant", Duration.ofSeconds(9)));
        ui.await(WAIT, () -> vm.tenantMissingProperty().get());
        ui.run(vm::deployCreatingTenant);
        assertThat(deployer.request.createTenant()).isTrue();
        assertThat(ui.call(() -> vm.tenantMissingProperty().get())).isFalse();
        deployer.end(new DeployResult(Outcome.SUCCEEDED, null, Optional.empty(), "", "", Duration.ofSeconds(9)));
        ui.await(WAIT, () -> !vm.runningProperty().get());
        assertThat(ui.call(() -> vm.tenantMissingProperty().get())).isFalse();
    }

    @Test
    void aTokenIsKeptForTheSessionWhenThereIsNoKeychainAndSaysSo() throws Exception {
        DeployViewModel vm = configured();
        assertThat(ui.call(() -> vm.tokenSourceProperty().get())).isEqualTo(GitTokens.Source.NONE);
        ui.run(() -> vm.setToken("  github_pat_canary  ", true));
        ui.await(WAIT, () -> vm.tokenSourceProperty().get() == GitTokens.Source.SESSION);
        assertThat(ui.call(() -> vm.accessMessageProperty().get())).contains("keychain is not available");
        assertThat(deployer.tokens.get("vm")).contains(Secret.of("github_pat_canary"));
        ui.run(vm::clearToken);
        ui.await(WAIT, () -> vm.tokenSourceProperty().get() == GitTokens.Source.NONE);
        assertThat(deployer.tokens.get("vm")).isEmpty();
        ui.run(() -> vm.setToken("two\nlines", false));
        ui.await(WAIT, () -> vm.accessMessageProperty().get().contains("one line"));
    }

    @Test
    void theDeployKeyIsAskedForOffTheUiThreadAndShown() throws Exception {
        DeployViewModel vm = configured();
        ui.run(vm::setUpDeployKey);
        ui.await(WAIT, () -> vm.deployKeyProperty().get() != null);
        assertThat(ui.call(() -> vm.deployKeyProperty().get().key().fingerprint())).isEqualTo("SHA256:test");
        assertThat(ui.call(() -> vm.accessBusyProperty().get())).isFalse();
    }

    @Test
    void savedSettingsMakeTheProfileDeployable() throws Exception {
        deployer.configured = false;
        DeployViewModel vm = viewModel();
        ui.run(vm::refresh);
        ui.run(() -> vm.saveSettings(StackSettings.forRepository("acme/elt"), e -> { }));
        ui.await(WAIT, () -> vm.canDeployProperty().get());
        assertThat(ui.call(() -> vm.settingsProperty().get().remoteDir())).isEqualTo("~/elt");
    }

    @Test
    void theQuestionBeforeADeploySaysWhatItDoesToTheVm() throws Exception {
        DeployViewModel vm = configured();

        assertThat(ui.call(() -> vm.confirmation(false))).contains("acme/elt (main)", "docker compose up",
                "only changed containers are recreated");
        assertThat(ui.call(() -> vm.confirmation(true))).contains("recreating every container, changed or not");
    }

    private DeployViewModel configured() throws Exception {
        DeployViewModel vm = viewModel();
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.canDeployProperty().get());
        return vm;
    }

    private DeployViewModel viewModel() throws Exception {
        return ui.call(() -> new DeployViewModel(() -> Profile.of("vm", "h", "u"), deployer, ui.tasks()));
    }

    /** Hands the test the listener the view model gave it, and ends the run when the test says so. */
    private static final class FakeDeployer implements Deployer {
        volatile boolean configured = true;
        volatile int prepared;
        volatile Deployer.Request request;
        volatile List<DeployRecord> history = List.of();
        final GitTokens tokens = new GitTokens(Secrets.none());
        private volatile DeployListener listener;
        private volatile CompletableFuture<DeployResult> end = new CompletableFuture<>();
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public Optional<StackSettings> settings(String profile) {
            return configured ? Optional.of(StackSettings.forRepository("acme/elt")) : Optional.empty();
        }

        @Override
        public void saveSettings(String profile, StackSettings settings) {
            configured = true;
        }

        @Override
        public List<DeployRecord> history(String profile) {
            return history;
        }

        @Override
        public DeployKey.Setup deployKey(Profile profile) {
            return new DeployKey.Setup(new DeployKey.Info("~/.ssh/eltdeck_deploy_elt", "ssh-ed25519 AAAA test", "SHA256:test",
                    true, Optional.of("https://github.com/acme/elt/settings/keys/new"), false), Optional.empty());
        }

        @Override
        public GitTokens tokens() {
            return tokens;
        }

        @Override
        public Deploy prepare(Profile profile, Deployer.Request request, DeployListener listener) {
            prepared++;
            this.request = request;
            this.listener = listener;
            CompletableFuture<DeployResult> result = new CompletableFuture<>();
            end = result;
            AtomicBoolean ran = new AtomicBoolean();
            return new Deploy() {
                @Override
                public DeployResult run() throws Exception {
                    ran.set(true);
                    try {
                        return result.get(10, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw (Exception) e.getCause();
                    }
                }

                @Override
                public void cancel() {
                    cancelled.countDown();
                }
            };
        }

        DeployListener listener() {
            assertThat(listener).as("the deploy was prepared").isNotNull();
            return listener;
        }

        void end(DeployResult result) {
            end.complete(result);
        }

        void fail(Exception e) {
            end.completeExceptionally(e);
        }
    }
}
