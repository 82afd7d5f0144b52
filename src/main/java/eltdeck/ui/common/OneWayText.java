package eltdeck.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Text shown for values and never read back: choice box items (picked, never typed) and chart axis labels. */
public final class OneWayText {
    private OneWayText() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new IllegalStateException("shown only, never read back");
            }
        };
    }
}
