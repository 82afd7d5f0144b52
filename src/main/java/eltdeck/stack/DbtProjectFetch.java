package eltdeck.stack;

import com.jcraft.jsch.JSchException;
import eltdeck.dbt.ProjectFiles;
import eltdeck.ssh.ShellQuote;
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
 * target/, dbt_packages/, logs/ and .git/, plus target/manifest.json and target/run_results.json, each as a header
 * {@code F <bytes> <path>} and its bytes; seeds and the packages' models as {@code L <path>} (named, not read);
 * {@code P} when packages are installed.
 */
public final class DbtProjectFetch {
    private static final Pattern FILE = Pattern.compile("F\\s+(\\d+) (.+)");
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
        int code;
        try {
            code = session.link().exec(commandLine(dir), out, err, false);
        } catch (JSchException e) {
            throw new IOException("The connection to the VM failed: " + e.getMessage(), e);
        }
        if (out.toString(StandardCharsets.UTF_8).startsWith(MISSING)) {
            throw new IOException("There is no dbt project directory " + dir + " on the VM. Deploy the stack first, or set"
                    + " the dbt directory of the stack settings (eltdeck stack config NAME --dbt-dir DIR).");
        }
        if (code != 0) {
            throw new IOException("Reading the dbt project in " + dir + " failed: " + err.toString(StandardCharsets.UTF_8).strip());
        }
        return parse(out.toByteArray());
    }

    static String commandLine(String dir) {
        String prune = "\\( -path ./target -o -path ./dbt_packages -o -path ./logs -o -path ./.git \\) -prune -o";
        String emit = "for f; do printf 'F %s %s\\n' \"$(wc -c < \"$f\")\" \"${f#./}\"; cat \"$f\"; done";
        return "cd " + ShellQuote.quote(dir) + " 2>/dev/null || { echo " + MISSING + "; exit 3; }; "
                + "find . " + prune + " -type f \\( -name '*.sql' -o -name '*.yml' -o -name '*.yaml' \\) -exec sh -c "
                + ShellQuote.quote(emit) + " sh {} + && "
                + "for f in target/manifest.json target/run_results.json; do if [ -f \"$f\" ]; then sh -c "
                + ShellQuote.quote(emit) + " sh \"$f\"; fi; done && "
                + "find . " + prune + " -type f -name '*.csv' -exec printf 'L %s\\n' {} + && "
                + "if [ -d dbt_packages ]; then echo P; find dbt_packages -type f -path '*/models/*' -name '*.sql'"
                + " -exec printf 'L %s\\n' {} +; fi";
    }

    static ProjectFiles parse(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        boolean packages = false;
        int pos = 0;
        while (pos < bytes.length) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + 1;
            Matcher file = FILE.matcher(line);
            if (file.matches()) {
                int length = Integer.parseInt(file.group(1));
                if (pos + length > bytes.length) {
                    throw new IOException(file.group(2) + " changed on the VM while it was read; read the project again.");
                }
                files.put(file.group(2), new String(bytes, pos, length, StandardCharsets.UTF_8));
                pos += length;
            } else if (line.startsWith("L ")) {
                listed.add(line.substring(2).replaceFirst("^\\./", ""));
            } else if (line.equals("P")) {
                packages = true;
            } else if (!line.isEmpty()) {
                throw new IOException("Unexpected output while reading the dbt project: " + line);
            }
        }
        return new ProjectFiles(files, listed, packages);
    }
}
