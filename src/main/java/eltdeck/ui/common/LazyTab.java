package eltdeck.ui.common;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time the tab is brought to the front, so the window opens without building
 * (and styling, and laying out) every tab of the profile detail. The profile shown is handed on once it is built.
 */
public final class LazyTab<P extends Node> extends Tab {
    private final Supplier<P> build;
    private final BiConsumer<P, ObservableValue<Boolean>> whileInFront;
    /**
     * Follows {@link #selectedProperty()}, but turns true only once the content is built and shows the profile: the
     * content sees the tab come to the front as it did when it was built with the window.
     */
    private final ReadOnlyBooleanWrapper inFront = new ReadOnlyBooleanWrapper(false);
    private P pane;
    private Runnable showLatest = () -> { };

    private LazyTab(String text, String id, Supplier<P> build, BiConsumer<P, ObservableValue<Boolean>> whileInFront) {
        super(text);
        setId(id);
        this.build = build;
        this.whileInFront = whileInFront;
        selectedProperty().addListener((o, was, now) -> {
            if (now) {
                pane();
            }
            inFront.set(now);
        });
    }

    public static <P extends Node> LazyTab<P> of(String text, String id, Supplier<P> build) {
        return new LazyTab<>(text, id, build, (pane, inFront) -> { });
    }

    /** @param liveWhile hands the content whether its tab is in front (it refreshes only then) */
    public static <P extends Node> LazyTab<P> live(String text, String id, Supplier<P> build,
            BiConsumer<P, ObservableValue<Boolean>> liveWhile) {
        return new LazyTab<>(text, id, build, liveWhile);
    }

    /** The content, built now if it was not yet. */
    public P pane() {
        if (pane == null) {
            pane = build.get();
            whileInFront.accept(pane, inFront.getReadOnlyProperty());
            setContent(pane);
            showLatest.run();
            showLatest = () -> { };
        }
        return pane;
    }

    /** Hands {@code vm} to the content with {@code show}: now if it is built, else once it is. */
    public <V> void show(V vm, BiConsumer<P, V> show) {
        if (pane != null) {
            show.accept(pane, vm);
        } else {
            showLatest = () -> show.accept(pane, vm);
        }
    }
}
