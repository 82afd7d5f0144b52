package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A bare git repository holding the stand-in stack ({@code src/test/resources/stack-standin}), where the VM clones
 * and pulls from as a user's VM does from GitHub. The namespace VM shares this machine's file system, so its
 * path is the URL. {@link #commit} adds a commit, for redeploy tests.
 */
public final class StackRepository {
    /** Neither this machine's nor the user's git configuration changes what the test gets. */
    private static final Map<String, String> GIT_ENV = Map.of("GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null",
            "GIT_AUTHOR_NAME", "ELT Deck test", "GIT_AUTHOR_EMAIL", "test@eltdeck.invalid",
            "GIT_COMMITTER_NAME", "ELT Deck test", "GIT_COMMITTER_EMAIL", "test@eltdeck.invalid");
    public static final String BRANCH = "main";

    private final Path bare;
    private final Path work;

    private StackRepository(Path bare, Path work) {
        this.bare = bare;
        this.work = work;
    }

    /** {@code dir/stack.git} with one commit on {@link #BRANCH}: the stand-in stack. */
    public static StackRepository create(Path dir) {
        Path bare = dir.toAbsolutePath().resolve("stack.git");
        Path work = dir.toAbsolutePath().resolve("stack-work");
        git(dir, "init", "-q", "--bare", "-b", BRANCH, bare.toString());
        git(dir, "init", "-q", "-b", BRANCH, work.toString());
        copyTree(StandInImages.classpathDir("/stack-standin"), work);
        StackRepository repo = new StackRepository(bare, work);
        git(work, "remote", "add", "origin", bare.toString());
        repo.commitAll("The stand-in stack");
        return repo;
    }

    /** What {@code git clone} takes: the bare repository's path. */
    public String url() {
        return bare.toString();
    }

    /** Writes {@code content} to {@code file} (relative to the repository's root), commits and pushes it; returns the new commit id. */
    public String commit(String file, String content, String message) {
        try {
            Path target = work.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commitAll(message);
    }

    /** Copies the directory {@code source} to {@code into} (relative to the repository's root), commits and pushes it. */
    public String commitDirectory(Path source, String into, String message) {
        copyTree(source, work.resolve(into));
        return commitAll(message);
    }

    /** The commit id at the tip of {@link #BRANCH}. */
    public String head() {
        return git(bare, "rev-parse", BRANCH).strip();
    }

    private String commitAll(String message) {
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", message);
        git(work, "push", "-q", "origin", BRANCH);
        return head();
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(Prerequisites.command("git").toString(), "-C", dir.toString()));
        command.addAll(List.of(args));
        return Commands.run(command, GIT_ENV, Duration.ofSeconds(30));
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
