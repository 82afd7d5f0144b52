package eltdeck.stack;

import eltdeck.ssh.RemoteCommand;

/**
 * The stack's absolute paths on the VM, with {@code ~} resolved once to the login user's home: commands quote every
 * path, and a quoted {@code ~} would not expand.
 */
public record StackPaths(String repoDir, String composeDir, String composeProject) {
    static final String LOCK_NAME = ".eltdeck-deploy.lock";
    static final String AUDIT_NAME = "eltdeck-deploy.log";
    /** Prints the login user's home directory. */
    static final RemoteCommand HOME = RemoteCommand.script("printf '%s' \"$HOME\"");

    public static StackPaths of(StackSettings settings, String home) {
        String repo = expandHome(settings.remoteDir(), home);
        String compose = settings.composeDir().isEmpty() || settings.composeDir().equals(".") ? repo
                : repo + "/" + settings.composeDir().replaceAll("/+$", "");
        return new StackPaths(repo, compose, projectName(compose));
    }

    /** Resolves {@code ~} with the login user's home on the VM. */
    public static StackPaths resolve(RemoteShell shell, StackSettings settings) throws java.io.IOException {
        RemoteShell.Result home = shell.run(HOME, null, null);
        if (!home.ok() || home.stdout().isBlank()) {
            throw new java.io.IOException("Cannot find the home directory of the login user on the VM.");
        }
        return of(settings, home.stdout());
    }

    static String expandHome(String path, String home) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home + path.substring(1) : path;
    }

    /** Compose's default project name: the compose directory's name, lowercased, only a-z 0-9 _ - kept (FACTS §5.1). */
    static String projectName(String composeDir) {
        String name = composeDir.substring(composeDir.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.replaceAll("[^a-z0-9_-]", "");
    }

    public String composeFile() {
        return composeDir + "/docker-compose.yml";
    }

    public String envFile() {
        return composeDir + "/.env";
    }

    public String lockDir() {
        return composeDir + "/" + LOCK_NAME;
    }

    public String auditFile() {
        return composeDir + "/" + AUDIT_NAME;
    }
}
