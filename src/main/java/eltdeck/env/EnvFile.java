package eltdeck.env;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A {@code .env} file as its lines, kept exactly as read so that {@link #render()} gives back the
 * original text byte for byte. Immutable: every edit returns a new file in which only the edited
 * line differs (a missing final line break is supplied when a line is appended after it).
 * Line numbers are 1-based.
 */
public final class EnvFile {
    static final String BOM = "\uFEFF";

    private final boolean bom;
    private final List<EnvLine> lines;

    EnvFile(boolean bom, List<EnvLine> lines) {
        this.bom = bom;
        this.lines = List.copyOf(lines);
    }

    /** Whether the text started with a UTF-8 byte order mark (kept on render). */
    public boolean hasBom() {
        return bom;
    }

    public List<EnvLine> lines() {
        return lines;
    }

    public EnvLine line(int number) {
        return lines.get(number - 1);
    }

    /** Every {@code NAME=value} line, in file order, duplicates included. */
    public List<EnvEntry> entries() {
        return IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).isEntry())
                .mapToObj(i -> new EnvEntry(lines.get(i).name(), lines.get(i).rawValue(), i + 1))
                .toList();
    }

    /** One entry per name, the one compose uses (the last), in the order of their lines. */
    public List<EnvEntry> effectiveEntries() {
        Map<String, EnvEntry> last = new LinkedHashMap<>();
        entries().forEach(entry -> last.put(entry.name(), entry));
        return last.values().stream().sorted(Comparator.comparingInt(EnvEntry::line)).toList();
    }

    /** The entry compose uses for {@code name}: the last one, when the name is set more than once. */
    public Optional<EnvEntry> entry(String name) {
        List<EnvEntry> all = entries();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).name().equals(name)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** Numbers of the lines that end with CRLF. */
    public List<Integer> crlfLines() {
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).ending().equals("\r\n")).mapToObj(i -> i + 1).toList();
    }

    /** The file's text: exactly what was parsed, plus the edits made since. */
    public String render() {
        StringBuilder text = new StringBuilder(bom ? BOM : "");
        lines.forEach(line -> text.append(line.text()).append(line.ending()));
        return text.toString();
    }

    /**
     * Sets {@code name} to {@code value} written as is: the line that sets it now (the last one, if
     * several do) becomes {@code NAME=value}, keeping its line break; an absent name is appended.
     *
     * @throws IllegalArgumentException when the name is not valid or the value holds a line break
     *         (the message never contains the value)
     */
    public EnvFile set(String name, String value) {
        if (!EnvNames.isValid(name)) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not a valid variable name: use letters, digits and '_', not starting with a digit.");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The value for " + name + " contains a line break; a .env value must fit on one line.");
        }
        List<EnvLine> edited = new ArrayList<>(lines);
        Optional<EnvEntry> current = entry(name);
        if (current.isPresent()) {
            int index = current.get().line() - 1;
            edited.set(index, EnvLine.entry(name, value, lines.get(index).ending()));
            return new EnvFile(bom, edited);
        }
        String newline = newline();
        boolean endsWithoutBreak = !lines.isEmpty() && lines.get(lines.size() - 1).ending().isEmpty();
        if (endsWithoutBreak) {
            edited.set(edited.size() - 1, edited.get(edited.size() - 1).withEnding(newline));
        }
        // Keep the file's habit: no final line break before the edit, none after it.
        edited.add(EnvLine.entry(name, value, endsWithoutBreak ? "" : newline));
        return new EnvFile(bom, edited);
    }

    /** The file with line {@code number} rewritten by {@code repair}, keeping its line break. */
    EnvFile repaired(int number, Repair repair) {
        Repair.Assignment fixed = repair.of(line(number));
        List<EnvLine> edited = new ArrayList<>(lines);
        edited.set(number - 1, EnvLine.entry(fixed.name(), fixed.value(), line(number).ending()));
        return new EnvFile(bom, edited);
    }

    /** Removes every line that sets {@code name}; the other lines stay as they are. */
    public EnvFile remove(String name) {
        return new EnvFile(bom, lines.stream().filter(line -> !(line.isEntry() && line.name().equals(name))).toList());
    }

    /** The same lines without the byte order mark. */
    public EnvFile withoutBom() {
        return new EnvFile(false, lines);
    }

    /** The same lines with LF line breaks instead of CRLF. */
    public EnvFile withLfEndings() {
        return new EnvFile(bom, lines.stream().map(line -> line.ending().equals("\r\n") ? line.withEnding("\n") : line).toList());
    }

    /** The line break an appended line gets: the one the file uses most. */
    private String newline() {
        long crlf = lines.stream().filter(line -> line.ending().equals("\r\n")).count();
        long lf = lines.stream().filter(line -> line.ending().equals("\n")).count();
        return crlf > lf ? "\r\n" : "\n";
    }
}
