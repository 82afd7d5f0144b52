package eltdeck.ui.common;

import java.net.URI;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Keeps an API tab's content fresh without reading what nobody looks at: it reads when the tab comes to the front,
 * and again when the API's URL changes (the profile connected, or its URL was set) while the tab is in front.
 */
public final class TabRefresh {
    private final Runnable refresh;
    private final ChangeListener<URI> urlChanged;
    private ObservableValue<URI> followed;
    private boolean selected;

    public TabRefresh(Runnable refresh) {
        this.refresh = refresh;
        this.urlChanged = (o, was, now) -> {
            if (selected) {
                refresh.run();
            }
        };
    }

    public void whileSelected(ObservableValue<Boolean> tabSelected) {
        tabSelected.addListener((o, was, now) -> {
            selected = now;
            if (now && followed != null) {
                refresh.run();
            }
        });
    }

    /** Follows this API URL (the profile shown) instead of the last one; reads at once if the tab is in front. */
    public void follow(ObservableValue<URI> url) {
        if (followed != null) {
            followed.removeListener(urlChanged);
        }
        followed = url;
        url.addListener(urlChanged);
        if (selected) {
            refresh.run();
        }
    }
}
