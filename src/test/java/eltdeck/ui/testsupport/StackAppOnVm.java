package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.ConnectedDockerVm;
import java.nio.file.Path;
import org.testfx.api.FxToolkit;

/**
 * The app, headless, over the Docker test VM with the stand-in stack cloned to {@code ~/stack} and up. Closing ends
 * the app's windows, then the VM.
 */
public final class StackAppOnVm implements AutoCloseable {
    /** The profile {@link #launchOnTheStack} opens the window on. */
    public static final String PROFILE = "prod-elt";
    private final ConnectedDockerVm vm;
    private final AppUnderTest app = new AppUnderTest();

    private StackAppOnVm(ConnectedDockerVm vm) {
        this.vm = vm;
    }

    /** Starts the VM; {@code beforeUp} may commit to the stack's repository before the VM clones it. */
    public static StackAppOnVm start(Path dir, String keyName, java.util.function.Consumer<ConnectedDockerVm> beforeUp)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        ConnectedDockerVm vm = ConnectedDockerVm.start(dir, keyName);
        try {
            beforeUp.accept(vm);
            vm.run("git clone -q " + vm.repo().url() + " ~/stack && cd ~/stack/docker && docker-compose up -d 2>&1");
            return new StackAppOnVm(vm);
        } catch (Exception | Error e) {
            vm.close();
            throw e;
        }
    }

    public ConnectedDockerVm vm() {
        return vm;
    }

    /** The app once launched: its tabs. */
    public AppUnderTest app() {
        return app;
    }

    /**
     * Opens the main window on the profile {@code prod-elt} of the VM, whose stack is the one cloned to {@code ~/stack},
     * with the app's data in {@code home}; returns once the window shows the profile.
     */
    public AppContext launchOnTheStack(Path home) throws Exception {
        AppContext context = AppContext.open(home, new NoKeychain());
        context.profiles().add(vm.profile().withName(PROFILE));
        new StackSettingsStore(context.database()).save(PROFILE,
                StackSettings.forRepository(vm.repo().url()).withRemoteDir("~/stack"));
        app.openOn(context, PROFILE);
        return context;
    }

    /** Quits the app as the user does (its stop() runs); the VM stays. */
    public void closeApp() throws Exception {
        app.close();
    }

    @Override
    public void close() throws Exception {
        try {
            closeApp();
        } finally {
            vm.close();
        }
    }
}
