package eltdeck.stack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Brings the repository on the VM to the branch's tip (fast-forward only) or to a given commit. A missing clone is
 * made with {@code git init} + fetch + checkout rather than {@code git clone}, because the directory may already
 * hold the deploy lock, and clone refuses a non-empty directory.
 */
public final class RepositorySync {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{4,40}");

    private final RemoteShell shell;
    private final StackSettings settings;
    private final StackPaths paths;
    private final GitAuth auth;

    public RepositorySync(RemoteShell shell, StackSettings settings, StackPaths paths, GitAuth auth) {
        this.shell = shell;
        this.settings = settings;
        this.paths = paths;
        this.auth = auth;
    }

    /**
     * Syncs and reports what changed. {@code commit}: check that commit out (a rollback; HEAD is then detached).
     * {@code since}: the commit the list of new commits starts from (the last deploy), else the commit found before.
     */
    public SyncResult sync(Optional<String> commit, Optional<String> since, Consumer<String> lines) throws IOException {
        commit.ifPresent(RepositorySync::requireCommitId);
        since.ifPresent(RepositorySync::requireCommitId);
        boolean hasGit = shell.run(List.of("test", "-d", paths.repoDir() + "/.git"), lines).ok();
        if (hasGit) {
            must(git(lines, "remote", "set-url", "origin", settings.repositoryUrl()), "git remote set-url");
        } else {
            must(shell.run(List.of("git", "init", "-q", paths.repoDir()), lines), "git init");
            must(git(lines, "remote", "add", "origin", settings.repositoryUrl()), "git remote add");
        }
        // A first fetch that failed (no access yet) leaves a repository without commits: it is still a first clone.
        Optional<String> before = hasGit ? existingHead(lines) : Optional.empty();
        boolean cloned = before.isEmpty();
        must(authenticated(lines, deployKeyCommand(), "fetch", "--prune", "origin",
                "+refs/heads/" + settings.branch() + ":refs/remotes/origin/" + settings.branch()), "git fetch");
        String remote = "origin/" + settings.branch();
        if (cloned) {
            must(git(lines, "checkout", "-q", "-B", settings.branch(), remote), "git checkout");
        } else {
            refuseLocalChanges(lines);
        }
        if (commit.isPresent()) {
            must(git(lines, "checkout", "-q", "--detach", commit.get()), "git checkout " + commit.get());
        } else if (!cloned) {
            fastForward(remote, lines);
        }
        String after = head(lines);
        Optional<String> from = since.or(() -> before);
        List<String> newCommits = from.isEmpty() || from.get().equals(after) ? List.of()
                : git(lines, "log", "--oneline", from.get() + ".." + after).stdout().lines().toList();
        return new SyncResult(before, after, newCommits, cloned, commit.isPresent());
    }

    private void fastForward(String remote, Consumer<String> lines) throws IOException {
        if (!git(lines, "symbolic-ref", "-q", "HEAD").ok()) {
            must(git(lines, "checkout", "-q", settings.branch()), "git checkout " + settings.branch());
        }
        if (!git(lines, "merge-base", "--is-ancestor", "HEAD", remote).ok()) {
            throw new SyncException("The branch on the VM has commits that " + remote + " does not have (it diverged);"
                    + " a deploy only fast-forwards. Look at `git log " + remote + "..HEAD` in " + paths.repoDir()
                    + " and push or drop those commits.", git(lines, "log", "--oneline", remote + "..HEAD").output());
        }
        must(git(lines, "merge", "-q", "--ff-only", remote), "git merge --ff-only");
    }

    /** Local edits would be lost or block the update; the compose dir's .env is edited on the VM on purpose, so it does not count. */
    private void refuseLocalChanges(Consumer<String> lines) throws IOException {
        String envInRepo = paths.envFile().substring(paths.repoDir().length() + 1);
        RemoteShell.Result status = git(lines, "status", "--porcelain", "--untracked-files=no", "--", ".",
                ":(exclude)" + envInRepo);
        must(status, "git status");
        if (!status.stdout().isBlank()) {
            throw new SyncException("The repository on the VM has local changes; a deploy does not overwrite them."
                    + " Commit them upstream or undo them (`git checkout -- FILE` in " + paths.repoDir() + ").", status.stdout());
        }
    }

    private Optional<String> deployKeyCommand() throws IOException {
        if (!GitUrl.isSsh(settings.repositoryUrl())) {
            return Optional.empty();
        }
        DeployKey key = new DeployKey(settings);
        return key.exists(shell) ? Optional.of(key.gitSshCommand()) : Optional.empty();
    }

    private Optional<String> existingHead(Consumer<String> lines) throws IOException {
        RemoteShell.Result r = git(lines, "rev-parse", "-q", "--verify", "HEAD");
        return r.ok() ? Optional.of(r.stdout().strip()) : Optional.empty();
    }

    private String head(Consumer<String> lines) throws IOException {
        RemoteShell.Result r = git(lines, "rev-parse", "HEAD");
        must(r, "git rev-parse HEAD");
        return r.stdout().strip();
    }

    private RemoteShell.Result git(Consumer<String> lines, String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("git", "-C", paths.repoDir()));
        argv.addAll(List.of(args));
        return shell.run(argv, lines);
    }

    /**
     * A git command that talks to the remote: the token, if any, goes through {@link GitAuth}; over SSH, the deploy
     * key made on the VM, if any, is the one offered.
     */
    private RemoteShell.Result authenticated(Consumer<String> lines, Optional<String> sshCommand, String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of("git", "-C", paths.repoDir()));
        sshCommand.ifPresent(c -> argv.addAll(List.of("-c", "core.sshCommand=" + c)));
        argv.addAll(List.of(args));
        return shell.run(auth.command(argv), auth.stdin(new byte[0]), lines);
    }

    private static void must(RemoteShell.Result result, String what) {
        if (!result.ok()) {
            throw new SyncException(what + " failed on the VM (exit " + result.exitCode() + ").", result.output());
        }
    }

    static void requireCommitId(String commit) {
        if (!COMMIT.matcher(commit).matches()) {
            throw new IllegalArgumentException("'" + commit + "' is not a commit id (4 to 40 hex digits).");
        }
    }

    /** What the sync did: commit before (none on a first clone), commit now, the commits new since the reference. */
    public record SyncResult(Optional<String> before, String commit, List<String> newCommits, boolean cloned, boolean detached) {
    }

    /** The repository could not be brought up to date; {@code gitOutput} is what git said. */
    public static final class SyncException extends RuntimeException {
        private final String gitOutput;

        SyncException(String message, String gitOutput) {
            super(message);
            this.gitOutput = gitOutput;
        }

        public String gitOutput() {
            return gitOutput;
        }
    }
}
