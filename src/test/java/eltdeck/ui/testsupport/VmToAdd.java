package eltdeck.ui.testsupport;

import eltdeck.ssh.KeyGenerator;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.HttpStandIn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.testfx.api.FxRobot;

/**
 * A VM for a user to add in the profile dialog: an embedded sshd that lets one new key in (user {@code deck}), an HTTP
 * stand-in behind it for each of the five usual tunnels, and a known_hosts file not written yet (the window checks the
 * host key). Closing stops the stand-ins and the sshd.
 */
public final class VmToAdd implements AutoCloseable {
    private final EmbeddedSshd sshd;
    private final List<HttpStandIn> web;
    private final Path key;
    private final Path knownHosts;

    private VmToAdd(EmbeddedSshd sshd, List<HttpStandIn> web, Path key, Path knownHosts) {
        this.sshd = sshd;
        this.web = web;
        this.key = key;
        this.knownHosts = knownHosts;
    }

    /** Generates the key (with {@code passphrase}, or none when null) and starts the sshd and stand-ins, all in {@code dir}. */
    public static VmToAdd start(Path dir, String keyComment, char[] passphrase) throws Exception {
        KeyGenerator.GeneratedKey generated = KeyGenerator.generate(dir.resolve("keys/id_ed25519"), keyComment, passphrase);
        EmbeddedSshd sshd = EmbeddedSshd.admitting(generated, dir);
        List<HttpStandIn> web = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                web.add(HttpStandIn.start(0));
            }
        } catch (Exception | Error e) {
            web.forEach(HttpStandIn::close);
            sshd.close();
            throw e;
        }
        return new VmToAdd(sshd, web, generated.privateKey(), dir.resolve("known_hosts"));
    }

    public EmbeddedSshd sshd() {
        return sshd;
    }

    /** The stand-ins, in the order of the profile dialog's tunnel rows. */
    public List<HttpStandIn> web() {
        return web;
    }

    public Path key() {
        return key;
    }

    public Path knownHosts() {
        return knownHosts;
    }

    /**
     * Types the VM into the open profile dialog as a user does: host, port, user, the key instead of the agent,
     * known_hosts, and each tunnel from its stand-in to the local port at its row in {@code localPorts}.
     */
    public void typeInto(FxRobot robot, List<Integer> localPorts) {
        FormTyping.type(robot, "#profile-host", sshd.host());
        FormTyping.type(robot, "#profile-port", Integer.toString(sshd.port()));
        FormTyping.type(robot, "#profile-user", sshd.user());
        FormTyping.type(robot, "#profile-identity", key.toString());
        robot.clickOn("#profile-use-agent");
        FormTyping.type(robot, "#profile-known-hosts", knownHosts.toString());
        for (int i = 0; i < web.size(); i++) {
            FormTyping.type(robot, "#tunnel-" + i + "-remote", Integer.toString(web.get(i).port()));
            FormTyping.type(robot, "#tunnel-" + i + "-local", Integer.toString(localPorts.get(i)));
        }
    }

    @Override
    public void close() {
        web.forEach(HttpStandIn::close);
        sshd.close();
    }
}
