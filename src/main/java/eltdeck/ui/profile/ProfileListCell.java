package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.profile.Profile;
import eltdeck.ui.common.StateBadge;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A profile in the left list: its name, its connection state, where it goes. */
public final class ProfileListCell extends ListCell<ProfileViewModel> {
    private final Label name = new Label();
    private final StateBadge badge = new StateBadge(false);
    private final Label destination = new Label();
    private final VBox box = new VBox(3, name, badge, destination);

    public ProfileListCell() {
        name.getStyleClass().add(Styles.TEXT_BOLD);
        destination.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        badge.getStyleClass().add(Styles.TEXT_SMALL);
        box.getStyleClass().add("profile-cell");
    }

    @Override
    protected void updateItem(ProfileViewModel item, boolean empty) {
        super.updateItem(item, empty);
        name.textProperty().unbind();
        destination.textProperty().unbind();
        badge.stateProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.textProperty().bind(item.profileProperty().map(Profile::name));
        destination.textProperty().bind(item.profileProperty().map(Profile::destination));
        badge.stateProperty().bind(item.stateProperty());
        setGraphic(box);
    }
}
