package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.GitTokens;
import eltdeck.profile.Profile;
import eltdeck.stack.DeployKey;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.DeployResult;
import eltdeck.stack.StackSettings;
import eltdeck.ui.deploy.Deployer;
import eltdeck.ui.testsupport.NoStack;
import eltdeck.ui.testsupport.UiThread;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProfileTabsTest {
    private final UiThread ui = new UiThread();

    @AfterEach
    void tearDown() {
        ui.close();
    }

    @Test
    void aDeployThatFailsIsNews() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        Deployer refusing = new Deployer() {
            @Override
            public Optional<StackSettings> settings(String profile) {
                return Optional.of(StackSettings.forRepository("acme/elt"));
            }

            @Override
            public void saveSettings(String profile, StackSettings settings) {
            }

            @Override
            public Deploy prepare(Profile profile, Request request, DeployListener listener) {
                return new Deploy() {
                    @Override
                    public DeployResult run() throws Exception {
                        throw new IOException("The VM refused the deploy lock");
                    }

                    @Override
                    public void cancel() {
                    }
                };
            }

            @Override
            public List<DeployRecord> history(String profile) {
                return List.of();
            }

            @Override
            public DeployKey.Setup deployKey(Profile profile) throws Exception {
                return NoStack.DEPLOYER.deployKey(profile);
            }

            @Override
            public GitTokens tokens() {
                return NoStack.DEPLOYER.tokens();
            }
        };
        StackServices services = new StackServices(refusing, NoStack.STACKS, NoStack.ENV, NoStack.PREFECT,
                NoStack.AIRBYTE, NoStack.DBT);
        ProfileTabs tabs = ui.call(() -> new ProfileTabs(NoStack.profile(Profile.of("vm", "h", "u"), p -> null,
                ui.tasks()), services, told::add, ui.tasks()));
        ui.run(() -> tabs.deploy().refresh());
        ui.await(Duration.ofSeconds(10), () -> tabs.deploy().canDeployProperty().get());

        ui.run(() -> tabs.deploy().deploy());
        ui.await(Duration.ofSeconds(10), () -> !told.isEmpty());

        assertThat(told).containsExactly("vm: Deploy failed before it started: The VM refused the deploy lock");
    }
}
