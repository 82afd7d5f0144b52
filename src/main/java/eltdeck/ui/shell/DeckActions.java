package eltdeck.ui.shell;

import eltdeck.profile.SshConfigImporter;
import eltdeck.ssh.SshFailure;
import eltdeck.ui.common.DetailsDialog;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.OpenFailedDialog;
import eltdeck.ui.deploy.DeployActions;
import eltdeck.ui.deploy.DeployViewModel;
import eltdeck.ui.deploy.StackSettingsDialog;
import eltdeck.ui.deploy.StackSettingsForm;
import eltdeck.ui.profile.ImportDialog;
import eltdeck.ui.profile.ImportViewModel;
import eltdeck.ui.profile.KeyGenDialog;
import eltdeck.ui.profile.KeyGenViewModel;
import eltdeck.ui.profile.ProfileActions;
import eltdeck.ui.profile.ProfileDialog;
import eltdeck.ui.profile.ProfileFormViewModel;
import eltdeck.ui.profile.ProfileViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.stage.Window;

/**
 * What the main window's menu, toolbar, buttons and shortcuts do: open the dialogs and hand the outcome
 * to the view models. Runs on the FX thread; the view models do the work in the background.
 */
public final class DeckActions implements ProfileActions, DeployActions {
    private final Window window;
    private final MainViewModel main;
    private final ThemeSettings theme;
    private final BackgroundMode background;
    private final SystemBrowser browser;

    DeckActions(Window window, MainViewModel main, ThemeSettings theme, BackgroundMode background, SystemBrowser browser) {
        this.window = window;
        this.main = main;
        this.theme = theme;
        this.background = background;
        this.browser = browser;
    }

    void addVm() {
        showProfileDialog(ProfileFormViewModel.forNew(main.store(), main.tasks()));
    }

    void editProfile() {
        selected().ifPresent(vm -> showProfileDialog(ProfileFormViewModel.forEdit(vm.profile(), main.store(), main.tasks())));
    }

    void duplicateProfile() {
        selected().ifPresent(main::duplicate);
    }

    void deleteProfile() {
        selected().ifPresent(vm -> {
            if (Dialogs.confirm(window, "Delete profile", "Delete the profile " + vm.name() + "?",
                    "ELT Deck disconnects it and forgets its settings. Your keys, known_hosts and the VM itself are"
                            + " not touched.", "Delete")) {
                main.delete(vm);
            }
        });
    }

    @Override
    public void connect() {
        selected().ifPresent(ProfileViewModel::connect);
    }

    @Override
    public void disconnect() {
        selected().ifPresent(ProfileViewModel::disconnect);
    }

    void stackSettings() {
        selected().ifPresent(vm -> stackSettings(main.tabs(vm).deploy()));
    }

    @Override
    public void stackSettings(DeployViewModel model) {
        new StackSettingsDialog(window, model.profileName(), new StackSettingsForm(Optional.ofNullable(model.settingsProperty().get())))
                .showAndWait().ifPresent(settings -> model.saveSettings(settings,
                        error -> Dialogs.error(window, "Stack settings", "The stack settings could not be saved", error)));
    }

    /** From the main window: the new key can go to the selected profile, or to a new one. */
    void generateKey() {
        Optional<ProfileViewModel> target = selected();
        String useLabel = target.map(vm -> "Use for " + vm.name()).orElse("Add a VM with this key");
        generateKey(window, useLabel).ifPresent(key -> {
            ProfileFormViewModel form = target
                    .map(vm -> ProfileFormViewModel.forEdit(vm.profile(), main.store(), main.tasks()))
                    .orElseGet(() -> ProfileFormViewModel.forNew(main.store(), main.tasks()));
            form.useIdentityFile(key);
            showProfileDialog(form);
        });
    }

    void importSshConfig() {
        new ImportDialog(window, new ImportViewModel(main.store(), main.tasks(), HomePaths.home(),
                SshConfigImporter.defaultConfig())).showAndWait();
        main.load();
    }

    void toggleTheme() {
        theme.toggle();
    }

    /** Opens {@code url} in the browser; when none opens, says why and offers the address to copy. */
    @Override
    public void openInBrowser(String url) {
        browser.open(url, reason -> Platform.runLater(() -> new OpenFailedDialog(window, url, reason).show()));
    }

    @Override
    public void showDetails(String message, String detail) {
        new DetailsDialog(window, message, detail).showAndWait();
    }

    /** The only way past a changed host key: the user confirms that the new key is the VM's own. */
    @Override
    public void replaceHostKey(ProfileViewModel vm) {
        SshFailure.HostKeyChange change = vm == null ? null : vm.changedHostKey();
        if (change == null) {
            return;
        }
        if (Dialogs.confirm(window, "Replace known host key", "Replace the saved host key of " + change.hostId() + "?",
                "Only do this if you know the VM was rebuilt or its SSH server reinstalled, and this new fingerprint"
                        + " matches the VM's own:\n\n" + change.offered().describe(change.hostId())
                        + "\n\nThe file's previous version is kept as known_hosts.old next to "
                        + HomePaths.shorten(change.knownHostsFile()) + ".", "Replace")) {
            vm.replaceKnownHostKey();
        }
    }

    /** Ends every connection and the app (Ctrl+Q, File > Quit, the tray's Quit). */
    void quit() {
        if (mayLeave()) {
            background.exit();
        }
    }

    CheckMenuItem keepRunningItem() {
        return background.keepRunningItem();
    }

    /** True unless a profile's .env holds unsaved edits and the user chose to stay. */
    boolean mayLeave() {
        List<String> unsaved = main.unsavedEnvEdits();
        return unsaved.isEmpty() || Dialogs.confirm(window, "Unsaved .env changes", "Quit and lose the unsaved .env changes?",
                "The .env of " + String.join(", ", unsaved) + " has changes that are not saved on the VM. They are lost"
                        + " when ELT Deck quits.", "Quit without saving");
    }

    private Optional<Path> generateKey(Window owner, String useLabel) {
        KeyGenViewModel vm = new KeyGenViewModel(main.tasks(), HomePaths.home().resolve(".ssh"));
        return new KeyGenDialog(owner, vm, useLabel).showAndWait();
    }

    private void showProfileDialog(ProfileFormViewModel form) {
        new ProfileDialog(window, form, owner -> generateKey(owner, "Use as identity file"))
                .showAndWait()
                .ifPresent(saved -> main.saved(form.originalName(), saved));
    }

    private Optional<ProfileViewModel> selected() {
        return Optional.ofNullable(main.selectedProperty().get());
    }
}
