package eltdeck.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The getting-started guide above the main window's content: the steps from Add VM to the first deploy with their
 * state, and for the step at hand a sentence of what it will do on the VM and the button that does it (the same
 * dialogs and actions as the menus). Each step can be skipped, and the whole guide too.
 */
final class FirstRunGuideView extends VBox {
    private static final String STYLESHEET = FirstRunGuideView.class.getResource("guide.css").toExternalForm();

    /** Wide enough for the title beside the steps. */
    private static final double WIDE = 1100;

    private final FirstRunGuideViewModel vm;
    private final DeckActions actions;
    private final Runnable deploy;

    /** @param deploy starts a deploy of the selected profile the way the Deploy command does */
    FirstRunGuideView(FirstRunGuideViewModel vm, DeckActions actions, Runnable deploy) {
        super(8);
        this.vm = vm;
        this.actions = actions;
        this.deploy = deploy;
        setId("guide");
        getStyleClass().add("guide");
        getStylesheets().add(STYLESHEET);
        visibleProperty().bind(vm.visibleProperty());
        managedProperty().bind(visibleProperty());
        getChildren().setAll(header(), detail());
    }

    /** The title, the steps, and the way out, on one line: the guide leaves the window's height to the work. */
    private HBox header() {
        Label title = new Label("Getting started");
        title.getStyleClass().add(Styles.TITLE_4);
        // A narrow window keeps the steps whole and drops the title first.
        title.visibleProperty().bind(widthProperty().greaterThan(WIDE));
        title.managedProperty().bind(title.visibleProperty());
        HBox steps = steps();
        HBox.setHgrow(steps, Priority.ALWAYS);
        Button close = new Button();
        close.setId("guide-close");
        close.textProperty().bind(Bindings.when(vm.currentProperty().isNull())
                .then("Close the guide").otherwise("Skip the guide"));
        close.getStyleClass().add(Styles.FLAT);
        close.setTooltip(new Tooltip("Hides the guide, also at the next start; bring it back from the menu"
                + " (Getting started guide)"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> vm.close());
        HBox header = new HBox(16, title, steps, close);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox steps() {
        HBox row = new HBox(4);
        row.setAlignment(Pos.CENTER_LEFT);
        for (GuideStep step : GuideStep.values()) {
            if (step.ordinal() > 0) {
                Region line = new Region();
                line.getStyleClass().add("guide-line");
                HBox.setHgrow(line, Priority.ALWAYS);
                row.getChildren().add(line);
            }
            row.getChildren().add(stepButton(step));
        }
        return row;
    }

    private Button stepButton(GuideStep step) {
        Button button = new Button(step.title());
        button.setId("guide-step-" + id(step));
        button.getStyleClass().addAll(Styles.FLAT, "guide-step");
        // In a narrow window the titles give way ("Stack se…") before anything is cut off; the tooltip has them whole.
        button.setTooltip(new Tooltip(step.title()));
        button.setOnAction(e -> vm.show(step));
        Runnable restyle = () -> {
            GuideStep.State state = vm.stateProperty(step).get();
            button.getStyleClass().removeIf(c -> c.startsWith("guide-step-state-"));
            button.getStyleClass().add("guide-step-state-" + state.name().toLowerCase(Locale.ROOT));
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("shown"), vm.shownProperty().get() == step);
            button.setGraphic(icon(step, state));
            button.getProperties().put("state", state);
            button.setAccessibleText(step.title() + ", " + state.name().toLowerCase(Locale.ROOT));
        };
        vm.stateProperty(step).addListener(o -> restyle.run());
        vm.shownProperty().addListener(o -> restyle.run());
        restyle.run();
        return button;
    }

    private static Region icon(GuideStep step, GuideStep.State state) {
        if (state == GuideStep.State.DONE || state == GuideStep.State.SKIPPED) {
            FontIcon icon = new FontIcon(state == GuideStep.State.DONE ? Feather.CHECK : Feather.CORNER_UP_RIGHT);
            icon.getStyleClass().add("guide-step-icon");
            Label mark = new Label(null, icon);
            mark.getStyleClass().add("guide-step-mark");
            return mark;
        }
        Label number = new Label(Integer.toString(step.ordinal() + 1));
        number.getStyleClass().add("guide-step-mark");
        return number;
    }

    private HBox detail() {
        Text heading = new Text();
        heading.setId("guide-heading");
        heading.getStyleClass().add("guide-heading");
        heading.textProperty().bind(Bindings.createStringBinding(this::heading, vm.shownProperty(), vm.shownStateProperty(),
                vm.currentProperty()));
        Text text = new Text();
        text.setId("guide-text");
        text.getStyleClass().add("guide-text");
        text.textProperty().bind(vm.shownTextProperty());
        TextFlow words = new TextFlow(heading, text);
        words.setMinWidth(0);
        // As tall as its lines, so a one-line sentence sits level with the buttons.
        words.setMaxHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(words, Priority.ALWAYS);

        Button act = new Button();
        act.setId("guide-action");
        act.setMinWidth(Region.USE_PREF_SIZE);
        act.textProperty().bind(Bindings.createStringBinding(() -> vm.shownProperty().get().action(), vm.shownProperty()));
        act.disableProperty().bind(vm.actionDisabledProperty());
        act.setOnAction(e -> act(vm.shownProperty().get()));
        Hyperlink skip = new Hyperlink("Skip this step");
        skip.setId("guide-skip-step");
        skip.setMinWidth(Region.USE_PREF_SIZE);
        skip.visibleProperty().bind(vm.shownSkippableProperty());
        skip.managedProperty().bind(skip.visibleProperty());
        skip.setOnAction(e -> vm.skipShown());
        Runnable accent = () -> {
            act.getStyleClass().remove(Styles.ACCENT);
            if (vm.shownStateProperty().get() == GuideStep.State.CURRENT) {
                act.getStyleClass().add(Styles.ACCENT);
            }
        };
        vm.shownStateProperty().addListener(o -> accent.run());
        accent.run();

        HBox detail = new HBox(16, words, skip, act);
        detail.setAlignment(Pos.CENTER_LEFT);
        detail.getStyleClass().add("guide-detail");
        return detail;
    }

    private String heading() {
        GuideStep step = vm.shownProperty().get();
        if (vm.currentProperty().get() == null && vm.shownStateProperty().get() == GuideStep.State.DONE) {
            return "All set. ";
        }
        return switch (vm.shownStateProperty().get()) {
            case DONE -> "Done: " + step.title() + ". ";
            case SKIPPED -> "Skipped: " + step.title() + ". ";
            case CURRENT -> "Next: " + step.title() + ". ";
            case AHEAD -> "Later: " + step.title() + ". ";
        };
    }

    private void act(GuideStep step) {
        switch (step) {
            case ADD_VM -> actions.addVm();
            case KEY -> actions.generateKey();
            case HOST_KEY, CONNECT -> actions.connect();
            case STACK_SETTINGS -> actions.stackSettings();
            case DEPLOY -> deploy.run();
        }
    }

    static String id(GuideStep step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
