package eltdeck.stack;

import eltdeck.ssh.HostKey;
import eltdeck.ssh.RemoteCommand;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The repository's deploy key, made on the VM with ssh-keygen so that the private half never leaves it; git uses it
 * for SSH repository URLs whenever it exists. One key per repository name, in the login user's {@code ~/.ssh}.
 */
public final class DeployKey {
    private final StackSettings settings;

    public DeployKey(StackSettings settings) {
        this.settings = settings;
    }

    /** {@code eltdeck_deploy_NAME}, in {@code $HOME/.ssh}: only safe characters, so it can stand in double quotes as is. */
    private String keyName() {
        return "eltdeck_deploy_" + StackSettings.repositoryName(settings.repository()).replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    String keyFile() {
        return "$HOME/.ssh/" + keyName();
    }

    /** Makes the key {@code $1} in {@code ~/.ssh} with comment {@code $2} unless it exists; prints created=yes|no, then the public half. */
    RemoteCommand ensureCommand() {
        return RemoteCommand.script("umask 077 && mkdir -p \"$HOME/.ssh\" && k=\"$HOME/.ssh/$1\" && created=no"
                + " && if [ ! -f \"$k\" ]; then ssh-keygen -q -t ed25519 -N '' -C \"$2\" -f \"$k\" </dev/null && created=yes; fi"
                + " && echo \"created=$created\" && cat \"$k.pub\"", keyName(), "eltdeck deploy key for " + settings.repository());
    }

    /** The key on the VM, made now when there is none. */
    public Info ensure(RemoteShell shell) throws IOException {
        RemoteShell.Result r = shell.run(ensureCommand(), null, null);
        if (!r.ok()) {
            throw new IOException("Cannot make the deploy key on the VM (is ssh-keygen installed?): " + r.output().strip());
        }
        List<String> lines = r.stdout().lines().toList();
        if (lines.size() < 2) {
            throw new IOException("The VM did not print the deploy key's public half: " + r.output().strip());
        }
        return info(lines.get(1), lines.get(0).equals("created=yes"));
    }

    /** The key made or found, and, for a GitHub SSH URL, github.com trusted in the VM's known_hosts. */
    public Setup setUp(RemoteShell shell) throws IOException {
        Info key = ensure(shell);
        Optional<GitHostTrust> trust = GitHostTrust.forRepository(settings.repositoryUrl());
        return new Setup(key, trust.isPresent() ? Optional.of(trust.get().ensureKnown(shell)) : Optional.empty());
    }

    /** The key on the VM, if one was made. */
    public Optional<Info> find(RemoteShell shell) throws IOException {
        RemoteShell.Result r = shell.run(findCommand(), null, null);
        return r.ok() && !r.stdout().isBlank() ? Optional.of(info(r.stdout().strip(), false)) : Optional.empty();
    }

    boolean exists(RemoteShell shell) throws IOException {
        return shell.run(existsCommand(), null, null).ok();
    }

    RemoteCommand findCommand() {
        return RemoteCommand.script("cat \"$HOME/.ssh/$1.pub\" 2>/dev/null", keyName());
    }

    RemoteCommand existsCommand() {
        return RemoteCommand.script("test -f \"$HOME/.ssh/$1\"", keyName());
    }

    /**
     * What git runs to fetch over SSH with this key; git hands it to a shell, which expands $HOME. known_hosts is named
     * because ssh finds {@code ~} from the passwd entry, not $HOME: this way it reads the file {@link GitHostTrust} writes.
     */
    String gitSshCommand() {
        return "ssh -i \"" + keyFile() + "\" -o IdentitiesOnly=yes -o BatchMode=yes -o UserKnownHostsFile=\"$HOME/.ssh/known_hosts\"";
    }

    private Info info(String publicLine, boolean created) {
        String[] parts = publicLine.strip().split("\\s+");
        if (parts.length < 2) {
            throw new IllegalStateException("The deploy key's public half on the VM is not an OpenSSH public key.");
        }
        return new Info(keyFile().replace("$HOME", "~"), publicLine.strip(), HostKey.fromBase64(parts[0], parts[1]).fingerprint(),
                created, GitUrl.githubRepository(settings.repository()).map(r -> "https://github.com/" + r + "/settings/keys/new"),
                GitUrl.isSsh(settings.repositoryUrl()));
    }

    /**
     * @param settingsUrl   where GitHub takes a new deploy key for the repository
     * @param repositoryUsesSsh false when the repository is fetched over https, where a deploy key plays no part
     */
    public record Info(String path, String publicKey, String fingerprint, boolean created, Optional<String> settingsUrl,
                       boolean repositoryUsesSsh) {
    }

    public record Setup(Info key, Optional<GitHostTrust.Outcome> hostTrust) {
    }
}
