package eltdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShortcutsTest {

    @Test
    void noKeyCombinationDoesTwoThingsInThePlaceWhereItApplies() {
        assertThat(Shortcuts.all().stream().collect(Collectors.groupingBy(s -> s.where() + " " + s.keys().getName(),
                Collectors.mapping(Shortcuts.Shortcut::does, Collectors.toSet()))))
                .as("one meaning per key combination and place")
                .allSatisfy((keys, meanings) -> assertThat(meanings).as(keys).hasSize(1));
    }

    @Test
    void everyKeyCombinationConstantOfTheWindowsIsInTheList() throws Exception {
        List<KeyCombination> listed = Shortcuts.all().stream().map(Shortcuts.Shortcut::keys).toList();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : uiClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && KeyCombination.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    Object keys = field.get(null);
                    if (listed.stream().noneMatch(l -> l == keys)) {
                        missing.add(type.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(missing).as("key combinations defined outside Shortcuts, or not listed there").isEmpty();
    }

    @Test
    void everyShortcutSaysWhatItDoes() {
        assertThat(Shortcuts.all()).allSatisfy(s -> {
            assertThat(s.does()).isNotBlank();
            assertThat(Shortcuts.text(s.keys())).isNotBlank().doesNotContain("\u21b5");
        });
        assertThat(Shortcuts.all().stream().map(Shortcuts.Shortcut::where).distinct())
                .as("grouped by place, in the order of the places").isSorted();
    }

    /** The compiled classes of eltdeck.ui and its sub-packages (the log view). */
    private static List<Class<?>> uiClasses() throws Exception {
        Path root = Path.of(Shortcuts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve("eltdeck/ui"))) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ShortcutsTest.class.getClassLoader()));
            }
            assertThat(classes).as("the classes were found").hasSizeGreaterThan(50);
            return classes;
        }
    }
}
