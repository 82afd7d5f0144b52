package eltdeck.ui.airbyte;

import atlantafx.base.theme.Styles;
import eltdeck.airbyte.AirbyteConnection;
import eltdeck.airbyte.ByteSizes;
import eltdeck.airbyte.SyncJob;
import eltdeck.prefect.DurationWords;
import eltdeck.ui.common.Banners;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.LoadingMask;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.StateTableCell;
import eltdeck.ui.common.TabRefresh;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Airbyte tab: the API's URL and Airbyte's version, the connections with their last sync, Sync now, and the
 * selected connection's jobs, each of which opens its page. Keys: F5 refresh, Ctrl+F search, Ctrl+R sync now (as Run… in the Flows tab),
 * Enter (or a double click) on a job opens it.
 */
public final class AirbyteView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm:ss");

    private final ObjectProperty<AirbyteViewModel> vm = new SimpleObjectProperty<>(this, "vm");
    private final Label server = new Label("Airbyte");
    private final Label errorText = Labels.paragraph("");
    private final HBox errorBanner;
    private final TextField search = new TextField();
    private final TableView<AirbyteConnection> connections = new TableView<>();
    private final LoadingMask connectionsMask = new LoadingMask(connections, "Reading the connections…");
    private final TableView<SyncJob> jobs = new TableView<>();
    private final Button sync = new Button("Sync now", new FontIcon(Feather.PLAY));
    private final Button credentials = new Button("Credentials…", new FontIcon(Feather.KEY));
    private final Button refresh = new Button("", new FontIcon(Feather.REFRESH_CW));
    private final Label status = Labels.paragraph("");
    private final ZoneId local = ZoneId.systemDefault();
    private final ChangeListener<AirbyteJobViewModel> opened = (o, was, page) -> {
        if (page != null) {
            AirbyteJobWindow.open(getScene().getWindow(), page);
        }
    };
    private final TabRefresh live = new TabRefresh(() -> vm.get().refresh());
    private boolean inFront;
    /** The view model's selection shown in the table (it keeps the selection when the connections are read again). */
    private final ChangeListener<AirbyteConnection> selectedChanged = (o, was, now) -> {
        if (connections.getSelectionModel().getSelectedItem() != now) {
            connections.getSelectionModel().select(now);
        }
    };

    public AirbyteView() {
        super(10);
        setId("airbyte-pane");
        getStyleClass().add("deploy-pane");
        server.setId("airbyte-server");
        server.getStyleClass().add(Styles.TEXT_BOLD);
        credentials.setId("airbyte-credentials");
        credentials.setTooltip(new Tooltip("How this profile reaches Airbyte: API route, username and password (kept in the OS keychain)"));
        refresh.setId("airbyte-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the connections again (F5)"));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox top = new HBox(8, new FontIcon(Feather.SERVER), server, space, credentials, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        errorText.setId("airbyte-error");
        errorBanner = Banners.banner("airbyte-error-banner", Feather.ALERT_TRIANGLE, new VBox(errorText));

        search.setId("airbyte-search");
        search.setPromptText("Search connections by name, source, destination or status (Ctrl+F)");
        HBox.setHgrow(search, Priority.ALWAYS);
        sync.setId("airbyte-sync");
        sync.getStyleClass().add(Styles.ACCENT);
        sync.setTooltip(new Tooltip("Start a sync of the selected connection now (Ctrl+R)"));
        HBox actions = new HBox(8, search, sync);
        actions.setAlignment(Pos.CENTER_LEFT);

        buildConnections();
        buildJobs();
        VBox jobBox = new VBox(6, Labels.caption("Jobs of the selected connection (Enter or a double click opens one)"), jobs);
        VBox.setVgrow(jobs, Priority.ALWAYS);
        SplitPane split = new SplitPane(connectionsMask, jobBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        status.setId("airbyte-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().setAll(top, errorBanner, actions, split, status);

        vm.addListener((o, old, now) -> bind(old, now));
        connections.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (vm.get() != null) {
                vm.get().selectedProperty().set(now);
            }
        });
        setOnKeyPressed(e -> {
            if (vm.get() == null) {
                return;
            }
            if (Shortcuts.AIRBYTE_REFRESH.match(e)) {
                vm.get().refresh();
            } else if (Shortcuts.AIRBYTE_SEARCH.match(e)) {
                search.requestFocus();
            } else if (Shortcuts.AIRBYTE_SYNC.match(e) && !sync.isDisabled()) {
                sync.fire();
            } else {
                return;
            }
            e.consume();
        });
    }

    public void show(AirbyteViewModel next) {
        vm.set(next);
    }

    /** Reads the connections whenever the tab comes to the front. */
    public void liveWhile(javafx.beans.value.ObservableValue<Boolean> selected) {
        live.whileSelected(selected);
        selected.addListener((o, was, now) -> {
            inFront = now;
            if (vm.get() != null) {
                vm.get().pollWhile(now);
            }
        });
    }

    private void bind(AirbyteViewModel old, AirbyteViewModel now) {
        if (old != null) {
            old.pollWhile(false);
            search.textProperty().unbindBidirectional(old.searchProperty());
            old.openedJobProperty().removeListener(opened);
            old.selectedProperty().removeListener(selectedChanged);
        }
        server.textProperty().bind(Bindings.createStringBinding(() -> {
            Object url = now.endpoint().urlProperty().get();
            String version = now.versionProperty().get();
            return url == null ? "Airbyte" : "Airbyte at " + url + (version.isEmpty() ? "" : " · version " + version);
        }, now.endpoint().urlProperty(), now.versionProperty()));
        errorText.textProperty().bind(now.errorProperty());
        Banners.shown(errorBanner, !now.errorProperty().get().isEmpty());
        now.errorProperty().addListener((o, was, text) -> {
            if (vm.get() == now) {
                Banners.shown(errorBanner, !text.isEmpty());
            }
        });
        search.textProperty().bindBidirectional(now.searchProperty());
        connections.setItems(now.shownConnections());
        connections.setPlaceholder(new Label("No connections to show"));
        connectionsMask.follow(now.firstReadProperty());
        now.selectedProperty().addListener(selectedChanged);
        jobs.setItems(now.jobs());
        sync.disableProperty().bind(connections.getSelectionModel().selectedItemProperty().isNull().or(now.syncingProperty()));
        sync.setOnAction(e -> now.syncNow());
        refresh.setOnAction(e -> now.refresh());
        credentials.setOnAction(e -> AirbyteSettingsDialog.open(getScene().getWindow(), now.endpoint(), now::settingsSaved));
        status.textProperty().bind(now.statusProperty());
        now.openedJobProperty().addListener(opened);
        live.follow(now.endpoint().urlProperty());
        now.pollWhile(inFront);
    }

    private void buildConnections() {
        connections.setId("airbyte-connections");
        ColumnHeaders.neverCut(connections);
        connections.getStyleClass().add(Styles.DENSE);
        connections.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AirbyteConnection, String> lastSync = column("Last sync", 105, AirbyteConnection::lastSyncStatus);
        lastSync.setCellFactory(c -> new StateTableCell<>(AirbyteStatusStyle::asRunState));
        connections.getColumns().setAll(List.of(column("Connection", 170, AirbyteConnection::name),
                column("Source → destination", 220, AirbyteConnection::route), column("Schedule", 130, c -> c.schedule().text()),
                column("Status", 80, AirbyteConnection::status), lastSync,
                column("Last sync at", 150, c -> c.lastSyncAt() == null ? "never" : WHEN.format(c.lastSyncAt().atZone(local)))));
    }

    private void buildJobs() {
        jobs.setId("airbyte-jobs");
        ColumnHeaders.neverCut(jobs);
        jobs.getStyleClass().add(Styles.DENSE);
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        jobs.setPlaceholder(new Label("Select a connection to see its jobs"));
        TableColumn<SyncJob, String> state = column("Status", 105, SyncJob::status);
        state.setCellFactory(c -> new StateTableCell<>(AirbyteStatusStyle::asRunState));
        jobs.getColumns().setAll(List.of(column("Job", 70, j -> String.valueOf(j.id())), state,
                column("Started", 150, j -> WHEN.format((j.startedAt() != null ? j.startedAt() : j.createdAt()).atZone(local))),
                column("Duration", 80, j -> DurationWords.of(j.duration(Instant.now()))),
                column("Records", 90, j -> String.valueOf(j.records())), column("Bytes", 90, j -> ByteSizes.of(j.bytes()))));
        jobs.setRowFactory(t -> {
            TableRow<SyncJob> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.get().openJob(row.getItem());
                }
            });
            return row;
        });
        jobs.setOnKeyPressed(e -> {
            SyncJob selected = jobs.getSelectionModel().getSelectedItem();
            if (Shortcuts.AIRBYTE_OPEN_JOB.match(e) && selected != null) {
                vm.get().openJob(selected);
                e.consume();
            }
        });
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
