package eltdeck.ui.shell;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Once;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.profile.ProfileListCell;
import eltdeck.ui.profile.ProfileViewModel;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menu and toolbar, profiles on the left, the selected one on the right, status bar below. */
final class MainWindow extends BorderPane {
    private final Command addVm;
    private final Command edit;
    private final Command duplicate;
    private final Command delete;
    private final Command connect;
    private final Command disconnect;
    private final Command deploy;
    private final Command startDeploy;
    private final Command containers;
    private final Command airbyte;
    private final Command dbt;
    private final Command generateKey;
    private final Command importConfig;
    /** Brings the getting-started guide back (it may have been skipped or closed). */
    private final Command gettingStarted;
    /** Whether the selected profile's tunnels are unfolded; the detail, once built, follows it. */
    private final BooleanProperty tunnelsExpanded = new SimpleBooleanProperty(this, "tunnelsExpanded", true);
    /** Set once the window's first frame is on the screen: the views below are built after it, never delaying it. */
    private final BooleanProperty firstFramePainted = new SimpleBooleanProperty(this, "firstFramePainted");
    /** Takes what the first frame can do without (icons in menus, tooltips) and does it once that frame is painted. */
    private final Consumer<Runnable> afterFirstFrame = touch -> Once.whenTrue(firstFramePainted, touch);
    /** The profile list with the selected profile's detail, and the first-run screen: built when first called for. */
    private ProfilesSplit profilesSplit;
    private ProfileDetailView detail;
    private EmptyState emptyState;
    private MenuBar menuBar;

    MainWindow(MainViewModel main, DeckActions actions, ThemeSettings theme, FirstRunGuideViewModel guide) {
        BooleanBinding noSelection = main.hasSelectionProperty().not();
        addVm = new Command("add-vm", "Add VM", Feather.PLUS, Shortcuts.ADD_VM, actions::addVm, null);
        edit = new Command("edit", "Edit", Feather.EDIT_2, Shortcuts.EDIT, actions::editProfile, noSelection);
        duplicate = new Command("duplicate", "Duplicate", Feather.COPY, Shortcuts.DUPLICATE, actions::duplicateProfile, noSelection);
        delete = new Command("delete", "Delete", Feather.TRASH_2, Shortcuts.DELETE, actions::deleteProfile, noSelection);
        connect = new Command("connect-selected", "Connect", Feather.PLAY, Shortcuts.CONNECT, actions::connect,
                noSelection.or(main.selectionActiveProperty()));
        disconnect = new Command("disconnect-selected", "Disconnect", Feather.SQUARE, Shortcuts.DISCONNECT,
                actions::disconnect, main.selectionActiveProperty().not());
        // The shortcut only shows the tab (where Stack settings is, before there is anything to deploy); the deploy
        // itself is the menu's "Deploy…" or the tab's button, and asks first.
        deploy = new Command("deploy-selected", "Deploy tab", Feather.UPLOAD_CLOUD, Shortcuts.DEPLOY,
                () -> withDetail(ProfileDetailView::showDeploy), noSelection);
        startDeploy = new Command("start-deploy", "Deploy…", Feather.PLAY_CIRCLE, null,
                () -> withDetail(ProfileDetailView::startDeploy), main.selectionCanDeployProperty().not());
        containers = new Command("containers-selected", "Containers and logs", Feather.BOX, Shortcuts.CONTAINERS,
                () -> withDetail(ProfileDetailView::showContainers), noSelection);
        airbyte = new Command("airbyte-selected", "Airbyte connections", Feather.DATABASE, Shortcuts.AIRBYTE,
                () -> withDetail(ProfileDetailView::showAirbyte), noSelection);
        dbt = new Command("dbt-selected", "dbt project", Feather.SHARE_2, Shortcuts.DBT,
                () -> withDetail(ProfileDetailView::showDbt), noSelection);
        generateKey = new Command("generate-key", "Generate key", Feather.KEY, Shortcuts.GENERATE_KEY, actions::generateKey, null);
        importConfig = new Command("import", "Import ssh config", Feather.DOWNLOAD, Shortcuts.IMPORT, actions::importSshConfig, null);
        gettingStarted = new Command("getting-started", "Getting started guide", Feather.MAP, null, guide::reopen,
                guide.visibleProperty());

        menuBar = menuBar(actions, theme);
        setTop(new VBox(menuBar, toolBar(actions, theme)));
        VBox center = new VBox(content(main, actions));
        // Built the first time it shows: most starts are of users who have closed it.
        Once.whenTrue(guide.visibleProperty(),
                () -> center.getChildren().add(0, new FirstRunGuideView(guide, actions, startDeploy.action())));
        setCenter(center);
        setBottom(new StatusBar(main));
    }

    /** Whether the selected profile's tunnels are unfolded (kept across profiles and restarts). */
    BooleanProperty tunnelsExpandedProperty() {
        return tunnelsExpanded;
    }

    /** Acts on the selected profile's detail; a key pressed before the detail is built (just after start) does nothing. */
    private void withDetail(Consumer<ProfileDetailView> action) {
        if (detail != null) {
            action.accept(detail);
        }
    }

    /** Call once the first frame is painted: from then on the views the profiles call for are built. */
    void firstFramePainted() {
        firstFramePainted.set(true);
    }

    /** The Help menu's way back to the getting-started guide. */
    MenuItem gettingStartedMenuItem() {
        return gettingStarted.menuItem(afterFirstFrame);
    }

    /** A menu after the window's own (Help). */
    void addMenu(Menu menu) {
        menuBar.getMenus().add(menu);
    }

    /** Shortcuts beyond the menu's accelerators (a second key for Disconnect). */
    void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(Shortcuts.DISCONNECT_ALT, () -> {
            if (!disconnect.disabled().get()) {
                disconnect.action().run();
            }
        });
    }

    private MenuBar menuBar(DeckActions actions, ThemeSettings theme) {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(Shortcuts.QUIT);
        quit.setOnAction(e -> actions.quit());
        Menu file = new Menu("File", null, addVm.menuItem(afterFirstFrame), importConfig.menuItem(afterFirstFrame),
                generateKey.menuItem(afterFirstFrame), new SeparatorMenuItem(), actions.keepRunningItem(), quit);
        Menu profile = new Menu("Profile", null, edit.menuItem(afterFirstFrame), duplicate.menuItem(afterFirstFrame),
                delete.menuItem(afterFirstFrame), new SeparatorMenuItem(), connect.menuItem(afterFirstFrame),
                disconnect.menuItem(afterFirstFrame), new SeparatorMenuItem(), startDeploy.menuItem(afterFirstFrame),
                deploy.menuItem(afterFirstFrame), containers.menuItem(afterFirstFrame),
                airbyte.menuItem(afterFirstFrame), dbt.menuItem(afterFirstFrame));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        afterFirstFrame.accept(() -> dark.setGraphic(new FontIcon(Feather.MOON)));
        dark.setAccelerator(Shortcuts.TOGGLE_THEME);
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        CheckMenuItem followSystem = new CheckMenuItem("Follow the system");
        followSystem.setId("menu-follow-system");
        followSystem.selectedProperty().bindBidirectional(theme.followsSystemProperty());
        Menu view = new Menu("View", null, dark, followSystem);
        return new MenuBar(file, profile, view);
    }

    private ToolBar toolBar(DeckActions actions, ThemeSettings theme) {
        Button themeToggle = new Button();
        themeToggle.setId("toggle-theme");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeToggle.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(theme.darkProperty().get() ? Feather.SUN : Feather.MOON), theme.darkProperty()));
        afterFirstFrame.accept(() -> themeToggle.setTooltip(
                new Tooltip("Switch between light and dark (" + Shortcuts.TOGGLE_THEME.getDisplayText() + ")")));
        themeToggle.setOnAction(e -> actions.toggleTheme());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        return new ToolBar(addVm.button(afterFirstFrame), edit.button(afterFirstFrame),
                duplicate.button(afterFirstFrame), delete.button(afterFirstFrame), new Separator(Orientation.VERTICAL),
                generateKey.button(afterFirstFrame), importConfig.button(afterFirstFrame), space, themeToggle);
    }

    /**
     * The profiles on the left and the selected one on the right, or the first-run screen while there are none. Each
     * is built the first time the profiles read call for it, once the window's first frame is painted: until the
     * profiles are read neither shows, and building them (a good part of a second at start-up) would hold that
     * frame back.
     */
    private StackPane content(MainViewModel main, DeckActions actions) {
        StackPane content = new StackPane();
        VBox.setVgrow(content, Priority.ALWAYS);
        InvalidationListener build = o -> buildWhatTheProfilesCallFor(main, actions, content);
        main.firstRunProperty().addListener(build);
        main.loadedProperty().addListener(build);
        firstFramePainted.addListener(build);
        return content;
    }

    private void buildWhatTheProfilesCallFor(MainViewModel main, DeckActions actions, StackPane content) {
        if (!main.loadedProperty().get() || !firstFramePainted.get()) {
            return;
        }
        boolean firstBuilt = emptyState == null && profilesSplit == null;
        if (main.firstRunProperty().get()) {
            if (emptyState == null) {
                emptyState = emptyState(main, actions);
                content.getChildren().add(emptyState);
            }
        } else if (profilesSplit == null) {
            profilesSplit = profilesSplit(main, actions);
            content.getChildren().add(0, profilesSplit.pane());
        }
        // Keyboard focus starts where the user will act: the big Add VM button, or the profile list.
        if (firstBuilt && emptyState != null) {
            emptyState.focusAddVm();
        } else if (firstBuilt) {
            profilesSplit.list().requestFocus();
        }
    }

    private static EmptyState emptyState(MainViewModel main, DeckActions actions) {
        EmptyState empty = new EmptyState(actions);
        empty.visibleProperty().bind(main.firstRunProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    private ProfilesSplit profilesSplit(MainViewModel main, DeckActions actions) {
        ListView<ProfileViewModel> list = new ListView<>(main.profiles());
        list.setId("profile-list");
        list.setCellFactory(v -> new ProfileListCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                main.selectedProperty().set(now);
            }
        });
        main.selectedProperty().addListener((o, old, now) -> list.getSelectionModel().select(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Profiles");
        title.getStyleClass().add(Styles.TITLE_4);
        VBox left = new VBox(8, title, list);
        left.getStyleClass().add("profiles-pane");

        detail = new ProfileDetailView(actions, main::tabs);
        detail.tunnelsExpandedProperty().bindBidirectional(tunnelsExpanded);
        detail.visibleProperty().bind(main.hasSelectionProperty());
        // Hidden parts must not count when the window is laid out (else they push the status bar away).
        detail.managedProperty().bind(detail.visibleProperty());
        main.selectedProperty().addListener((o, old, now) -> {
            if (now != null) {
                detail.show(now);
            }
        });
        ProfileViewModel selected = main.selectedProperty().get();
        if (selected != null) {
            list.getSelectionModel().select(selected);
            detail.show(selected);
        }

        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(left, false);
        split.visibleProperty().bind(main.firstRunProperty().not());
        split.managedProperty().bind(split.visibleProperty());
        return new ProfilesSplit(split, list);
    }

    /** The profile list beside the selected profile's detail, and the list (which takes the focus). */
    private record ProfilesSplit(SplitPane pane, ListView<ProfileViewModel> list) {
    }
}
