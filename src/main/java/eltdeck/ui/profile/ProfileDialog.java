package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileValidator;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FieldChecks;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Labels;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Add or edit a VM profile. The fields are checked as the user types: each problem shows on its field, and Save waits
 * until there is none; what the store refuses when saving is listed above the form.
 */
public final class ProfileDialog extends Dialog<Profile> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final ProfileFormViewModel form;
    private final Function<Window, Optional<Path>> keyGenerator;
    private final GridPane tunnelGrid = new GridPane();
    private final FieldChecks checks = new FieldChecks();
    private Profile saved;

    /**
     * @param keyGenerator opens the key generation dialog over the given window; the new key's path when
     *                     the user chose to use it
     */
    public ProfileDialog(Window owner, ProfileFormViewModel form, Function<Window, Optional<Path>> keyGenerator) {
        this.form = form;
        this.keyGenerator = keyGenerator;
        Dialogs.prepare(this, owner, form.isNew() ? "Add VM" : "Edit profile", 1140);
        setHeaderText(form.isNew() ? "Add the VM that runs your ELT stack" : "Edit " + form.originalName());
        setGraphic(new FontIcon(Feather.SERVER));

        // Connection on the left, tunnels on the right: the whole form fits a laptop screen without scrolling.
        Node connection = connectionForm();
        Node tunnelSection = tunnelsSection();
        HBox.setHgrow(connection, Priority.ALWAYS);
        HBox columns = new HBox(24, connection, new Separator(Orientation.VERTICAL), tunnelSection);
        VBox content = new VBox(16, problemsBox(), columns);
        getDialogPane().setContent(content);

        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("profile-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(form.savingProperty().or(form.validProperty().not()));
        // Saving checks and writes in the background; the dialog closes only once the profile is stored.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            if (saved == null) {
                event.consume();
                form.save(profile -> {
                    saved = profile;
                    save.fire();
                });
            }
        });
        setResultConverter(button -> button == SAVE ? saved : null);
    }

    private Node problemsBox() {
        VBox box = new VBox(4);
        box.setId("profile-problems");
        box.getStyleClass().add("problems");
        Label title = new Label("The profile was not saved:", new FontIcon(Feather.ALERT_TRIANGLE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        box.visibleProperty().bind(Bindings.isNotEmpty(form.problems()));
        box.managedProperty().bind(box.visibleProperty());
        form.problems().addListener((ListChangeListener<String>) change -> {
            box.getChildren().setAll(title);
            for (String problem : form.problems()) {
                Label line = Labels.paragraph("• " + problem);
                box.getChildren().add(line);
            }
            // Grow (or shrink) the window with the list, so the form and its buttons stay in view.
            Dialogs.fitToContent(this);
        });
        return box;
    }

    private Node connectionForm() {
        GridPane grid = Dialogs.formGrid(0);

        int row = 0;
        grid.addRow(row++, Labels.caption("Name"), checked(field("profile-name", form.nameProperty(), "e.g. prod-elt"),
                ProfileValidator.NAME_FIELD));
        TextField port = field("profile-port", form.portProperty(), "22");
        port.setPrefColumnCount(5);
        HBox hostAndPort = new HBox(10, grow(checked(field("profile-host", form.hostProperty(), "DNS name or IP address"),
                ProfileValidator.HOST_FIELD)), Labels.caption("Port"), checked(port, ProfileValidator.PORT_FIELD));
        hostAndPort.setAlignment(Pos.TOP_LEFT);
        grid.addRow(row++, Labels.caption("Host"), hostAndPort);
        grid.addRow(row++, Labels.caption("User"), checked(field("profile-user", form.userProperty(), "login name on the VM"),
                ProfileValidator.USER_FIELD));

        TextField identity = field("profile-identity", form.identityFileProperty(), "private key, e.g. ~/.ssh/id_ed25519");
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseFile("Choose the private key", form.identityFileProperty()));
        Button generate = new Button("Generate…", new FontIcon(Feather.KEY));
        generate.setOnAction(e -> keyGenerator.apply(getDialogPane().getScene().getWindow()).ifPresent(form::useIdentityFile));
        grid.addRow(row++, Labels.caption("Identity file"), new HBox(8, grow(checked(identity, ProfileValidator.IDENTITY_FIELD)),
                browse, generate));
        CheckBox agent = new CheckBox("Use the ssh-agent's keys (tried before the identity file)");
        agent.setId("profile-use-agent");
        agent.selectedProperty().bindBidirectional(form.useAgentProperty());
        grid.add(agent, 1, row++);

        grid.addRow(row++, Labels.caption("Jump host"), checked(field("profile-jump", form.jumpHostProperty(),
                "optional: USER@HOST[:PORT] of a bastion"), ProfileValidator.JUMP_FIELD));
        TextField knownHosts = field("profile-known-hosts", form.knownHostsProperty(), "~/.ssh/known_hosts");
        Button browseKnown = new Button("Browse…");
        browseKnown.setOnAction(e -> chooseFile("Choose a known_hosts file", form.knownHostsProperty()));
        grid.addRow(row++, Labels.caption("known_hosts"), new HBox(8, grow(knownHosts), browseKnown));

        TextField interval = field("profile-keepalive-seconds", form.keepAliveSecondsProperty(), "15");
        interval.setPrefColumnCount(4);
        TextField misses = field("profile-keepalive-misses", form.keepAliveMissesProperty(), "3");
        misses.setPrefColumnCount(3);
        checks.check(interval, form.problemOf(ProfileValidator.KEEPALIVE_SECONDS_FIELD));
        checks.check(misses, form.problemOf(ProfileValidator.KEEPALIVE_MISSES_FIELD));
        HBox keepAlive = new HBox(8, words("check every"), interval, words("seconds; lost after"), misses,
                words("unanswered checks"));
        keepAlive.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, Labels.caption("Keepalive"), keepAlive);
        grid.add(checks.message(interval, misses), 1, row);
        return grid;
    }

    private Node tunnelsSection() {
        Label title = new Label("Tunnels");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = Labels.paragraph("Each remote port on the VM's localhost is reached at a local port on this computer.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button add = new Button("Add tunnel", new FontIcon(Feather.PLUS));
        add.setOnAction(e -> form.addTunnel());
        Button reset = new Button("Reset to the stack's five");
        reset.setTooltip(new Tooltip("Airbyte 8000 and 8001, Prefect 8080, 4200 and 4201"));
        reset.setOnAction(e -> form.resetTunnels());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox header = new HBox(8, title, space, add, reset);
        header.setAlignment(Pos.CENTER_LEFT);

        tunnelGrid.setHgap(8);
        tunnelGrid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        tunnelGrid.getColumnConstraints().setAll(label, new ColumnConstraints(96), new ColumnConstraints(96),
                new ColumnConstraints());
        // Rebuilt when tunnels come or go; not on a value typed into one (which would take the focus from it).
        form.tunnels().addListener((ListChangeListener<TunnelEditRow>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    showTunnels();
                    return;
                }
            }
        });
        showTunnels();
        VBox section = new VBox(8, header, hint, tunnelGrid);
        section.setPrefWidth(480);
        section.setMinWidth(420);
        return section;
    }

    /** The tunnel table: a row of text fields per tunnel, bound to the form, and under it the row's problems. */
    private void showTunnels() {
        tunnelGrid.getChildren().clear();
        // Checks of their own, made anew with the rows: those of removed rows go with them.
        FieldChecks tunnelChecks = new FieldChecks();
        tunnelGrid.addRow(0, Labels.caption("Label"), Labels.caption("Remote port"), Labels.caption("Local port"));
        int gridRow = 1;
        for (int i = 0; i < form.tunnels().size(); i++) {
            TunnelEditRow row = form.tunnels().get(i);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new Tooltip("Remove this tunnel"));
            remove.setOnAction(e -> form.removeTunnel(row));
            List<TextField> fields = new ArrayList<>();
            for (String[] part : new String[][] {{"label", "service"}, {"remote", "remote"}, {"local", "local"}}) {
                StringProperty value = switch (part[0]) {
                    case "label" -> row.labelProperty();
                    case "remote" -> row.remotePortProperty();
                    default -> row.localPortProperty();
                };
                TextField f = field("tunnel-" + i + "-" + part[0], value, part[1]);
                tunnelChecks.check(f, form.problemOf(ProfileValidator.tunnelField(i, part[0])));
                fields.add(f);
            }
            tunnelGrid.addRow(gridRow++, fields.get(0), fields.get(1), fields.get(2), remove);
            Label message = tunnelChecks.message(fields.toArray(TextField[]::new));
            message.setId("tunnel-" + i + "-problem");
            tunnelGrid.add(message, 0, gridRow++, 3, 1);
        }
    }

    private VBox checked(TextField field, String name) {
        return checks.withMessage(field, form.problemOf(name));
    }

    private void chooseFile(String title, StringProperty target) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        Path current = HomePaths.expand(target.get());
        File folder = current != null && current.getParent() != null ? current.getParent().toFile() : HomePaths.home().resolve(".ssh").toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            target.set(HomePaths.shorten(chosen.toPath()));
        }
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A label between fields that keeps all its words. */
    private static Label words(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T extends Region> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }
}
