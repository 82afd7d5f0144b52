package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.testvm.ConnectedDockerVm;
import java.nio.file.Path;
import org.testfx.api.FxToolkit;

/**
 * The app, headless, over the Docker test VM with the stand-in stack cloned to {@code ~/stack} and up. Closing ends
 * the app's windows, then the VM.
 */
public final class StackAppOnVm implements AutoCloseable {
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

    /** Opens the main window over {@code context}. */
    public void launch(AppContext context) throws Exception {
        app.open(context);
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
