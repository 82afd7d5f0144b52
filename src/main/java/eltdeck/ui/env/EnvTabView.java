package eltdeck.ui.env;

import eltdeck.ui.common.Shortcuts;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;

/**
 * The {@code .env} tab of the profile detail: each profile's editor keeps its own pane (and so its unsaved edits and
 * scroll positions) while another profile is shown. The title gets a dot while there are unsaved changes.
 */
public final class EnvTabView extends Tab {
    private final Map<EnvEditorViewModel, EnvEditorView> panes = new WeakHashMap<>();
    private EnvEditorViewModel vm;

    public EnvTabView() {
        setId("env-tab");
        setText(".env");
        selectedProperty().addListener((o, was, now) -> {
            if (now && vm != null) {
                setContent(paneFor(vm));
                vm.opened();
            }
        });
    }

    public void show(EnvEditorViewModel next) {
        vm = next;
        textProperty().bind(Bindings.when(next.dirtyProperty()).then(".env \u2022").otherwise(".env"));
        setTooltip(new Tooltip("Edit the stack's .env on the VM (" + Shortcuts.ENV_RELOAD.getDisplayText() + " reload, "
                + Shortcuts.ENV_SAVE.getDisplayText() + " save)"));
        if (isSelected()) {
            setContent(paneFor(next));
            next.opened();
        }
    }

    /** The profile's editor, built the first time this tab shows it (the window opens sooner without it). */
    private EnvEditorView paneFor(EnvEditorViewModel editor) {
        return panes.computeIfAbsent(editor, EnvEditorView::new);
    }
}
