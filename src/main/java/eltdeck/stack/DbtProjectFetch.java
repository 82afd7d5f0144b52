package eltdeck.stack;

import eltdeck.Face;
import eltdeck.dbt.ProjectFiles;
import eltdeck.ssh.RemoteCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the stack's dbt project from the clone on the VM in one SSH command: every .sql/.yml/.yaml file outside
 * target/, dbt_packages/, logs/ and .git/, plus target/manifest.json and target/run_results.json, in batches: a line
 * {@code S <bytes> <path>} per file, a line {@code C}, then the files' bytes one after the other (one {@code wc} and one
 * {@code cat} per batch, not a process per file: a project of hundreds of models reads in one round trip); seeds and
 * the packages' models as {@code L <path>} (named, not read); {@code P} when packages are installed.
 */
public final class DbtProjectFetch {
    private static final Pattern SIZE = Pattern.compile("S (\\d+) (.+)");
    private static final String MISSING = "eltdeck-no-dbt-dir";

    private DbtProjectFetch() {
    }

    /** The project directory on the VM: the clone's dbt directory. */
    public static String projectDir(StackSession session) {
        String dir = session.settings().dbtDir().replaceAll("/+$", "");
        return dir.isEmpty() || dir.equals(".") ? session.paths().repoDir() : session.paths().repoDir() + "/" + dir;
    }

    public static ProjectFiles fetch(StackSession session) throws IOException {
        String dir = projectDir(session);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = session.link().exec(command(dir), out, err, false);
        if (out.toString(StandardCharsets.UTF_8).startsWith(MISSING)) {
            throw new IOException("There is no dbt project directory " + dir + " on the VM. Deploy the stack first, or set"
                    + " the dbt directory of the stack settings (" + Face.hint("Stack settings… in the Deploy tab",
                    "eltdeck stack config NAME --dbt-dir DIR") + ").");
        }
        if (code != 0) {
            throw new IOException("Reading the dbt project in " + dir + " failed: " + err.toString(StandardCharsets.UTF_8).strip());
        }
        return parse(out.toByteArray());
    }

    /** The directory is {@code $1}; {@code $2} is the script that prints a batch of files (it runs once per batch). */
    static RemoteCommand command(String dir) {
        String prune = "\\( -path ./target -o -path ./dbt_packages -o -path ./logs -o -path ./.git \\) -prune -o";
        // wc adds a total line when it counts more than one file.
        String emit = "{ if [ $# -gt 1 ]; then wc -c -- \"$@\" | sed '$d'; else wc -c -- \"$@\"; fi; }"
                + " | sed 's/^ *\\([0-9][0-9]*\\) /S \\1 /'; echo C; cat -- \"$@\"";
        return RemoteCommand.script("cd \"$1\" 2>/dev/null || { echo " + MISSING + "; exit 3; }; "
                + "find . " + prune + " -type f \\( -name '*.sql' -o -name '*.yml' -o -name '*.yaml' \\) -exec sh -c \"$2\" sh {} + && "
                + "for f in target/manifest.json target/run_results.json; do if [ -f \"$f\" ]; then sh -c \"$2\" sh \"./$f\"; fi; done && "
                + "find . " + prune + " -type f -name '*.csv' -exec printf 'L %s\\n' {} + && "
                + "if [ -d dbt_packages ]; then echo P; find dbt_packages -type f -path '*/models/*' -name '*.sql'"
                + " -exec printf 'L %s\\n' {} +; fi", dir, emit);
    }

    static ProjectFiles parse(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        List<Matcher> batch = new ArrayList<>();
        boolean packages = false;
        int pos = 0;
        while (pos < bytes.length) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + 1;
            Matcher size = SIZE.matcher(line);
            if (size.matches()) {
                batch.add(size);
            } else if (line.equals("C")) {
                for (Matcher file : batch) {
                    int length = Integer.parseInt(file.group(1));
                    String path = relative(file.group(2));
                    if (pos + length > bytes.length) {
                        throw new IOException(path + " changed on the VM while it was read; read the project again.");
                    }
                    files.put(path, new String(bytes, pos, length, StandardCharsets.UTF_8));
                    pos += length;
                }
                batch.clear();
            } else if (line.startsWith("L ")) {
                listed.add(relative(line.substring(2)));
            } else if (line.equals("P")) {
                packages = true;
            } else if (!line.isEmpty()) {
                throw new IOException("Unexpected output while reading the dbt project (did a file change while it was"
                        + " read? read it again): " + line);
            }
        }
        if (!batch.isEmpty()) {
            throw new IOException("The dbt project's files were cut short while read; read the project again.");
        }
        return new ProjectFiles(files, listed, packages);
    }

    private static String relative(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }
}
