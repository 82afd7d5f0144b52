package eltdeck.profile;

import java.util.List;

/** A profile that cannot be saved, with every problem found, each saying what to do. */
public class InvalidProfileException extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidProfileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
