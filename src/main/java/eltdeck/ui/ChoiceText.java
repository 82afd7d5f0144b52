package eltdeck.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or combo box shows its items: one way only, since they are picked from the list, never typed. */
final class ChoiceText {
    private ChoiceText() {
    }

    static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }
}
