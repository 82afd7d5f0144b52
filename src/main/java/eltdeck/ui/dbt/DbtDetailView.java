package eltdeck.ui.dbt;

import atlantafx.base.theme.Styles;
import eltdeck.dbt.Column;
import eltdeck.dbt.DbtNode;
import eltdeck.dbt.DbtState;
import eltdeck.dbt.NodeResult;
import eltdeck.ui.common.Labels;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The selected node of the dbt tab: what it is, its description and columns, its tests with their status, its last run and SQL. */
final class DbtDetailView extends ScrollPane {
    private final VBox body = new VBox(8);
    private final TextArea sql = new TextArea();

    DbtDetailView() {
        setId("dbt-detail");
        setFitToWidth(true);
        body.getStyleClass().add("dbt-detail");
        sql.setId("dbt-detail-sql");
        sql.setEditable(false);
        sql.setWrapText(false);
        sql.setPrefRowCount(12);
        sql.getStyleClass().add("dbt-sql");
        setContent(body);
        show(null, null);
    }

    void show(DbtState state, String id) {
        Optional<DbtNode> node = state == null || id == null ? Optional.empty() : state.project().node(id);
        if (node.isEmpty()) {
            body.getChildren().setAll(muted("Select a model or source in the list or the graph."));
            return;
        }
        DbtNode n = node.get();
        Label title = new Label(n.label());
        title.setId("dbt-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label what = muted(n.type().prefix() + (n.materialized() == null ? "" : " · " + n.materialized()) + " · " + n.file()
                + (n.tags().isEmpty() ? "" : " · tags: " + String.join(", ", n.tags()))
                + (n.source() == null || n.source().freshness() == null ? "" : " · freshness: " + n.source().freshness()));
        Label description = Labels.paragraph(n.description().isEmpty() ? "No description." : n.description());
        description.setId("dbt-detail-description");
        body.getChildren().setAll(title, what, description, lastRun(state, n));
        if (!n.columns().isEmpty()) {
            body.getChildren().add(heading("Columns"));
            for (Column c : n.columns()) {
                body.getChildren().add(Labels.paragraph(c.name() + (c.description().isEmpty() ? "" : " — " + c.description())));
            }
        }
        body.getChildren().add(heading("Tests"));
        var tests = state.project().testsOf(n.uniqueId());
        if (tests.isEmpty()) {
            body.getChildren().add(muted("No tests."));
        }
        for (DbtNode t : tests) {
            String status = state.resultOf(t.uniqueId()).map(r -> r.status() + (r.failures() == null || r.failures() == 0
                    ? "" : ", " + r.failures() + " failing rows")).orElse("never run");
            Label row = Labels.paragraph(t.name() + "  —  " + status);
            row.setId("dbt-test-" + t.name());
            row.getStyleClass().addAll("dbt-test", DbtViewModel.Shade.of(state.outcomeOf(t.uniqueId())).styleClass());
            body.getChildren().add(row);
        }
        if (!n.sql().isBlank()) {
            sql.setText(n.sql());
            body.getChildren().addAll(heading("SQL"), sql);
        }
    }

    private static Node lastRun(DbtState state, DbtNode n) {
        Optional<NodeResult> r = state.resultOf(n.uniqueId());
        Label last = Labels.paragraph(r.map(x -> "Last run: " + x.status() + String.format(" in %.2f s", x.executionTime())
                + (x.message() == null ? "" : " — " + x.message())).orElse("Not in the last run."));
        last.setId("dbt-detail-last");
        last.getStyleClass().add(DbtViewModel.Shade.of(state.outcomeOf(n.uniqueId())).styleClass());
        return last;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label muted(String text) {
        Label l = Labels.paragraph(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
