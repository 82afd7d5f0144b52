package eltdeck.ui.shell;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.stack.StackSettings;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.profile.ProfileViewModel;
import java.util.stream.Collectors;

/**
 * What each step of the guide will do, in one plain paragraph written from the real settings (host, ports,
 * repository, directories), so the user knows what happens on the VM before clicking.
 */
final class GuideTexts {
    private GuideTexts() {
    }

    /** @param profile the selected profile, or null; @param settings its stack settings, or null */
    static String before(GuideStep step, Profile profile, StackSettings settings) {
        if (profile == null && step != GuideStep.ADD_VM && step != GuideStep.KEY) {
            return "Add a VM first: this step needs its address.";
        }
        return switch (step) {
            case ADD_VM -> "Saves the VM's address, login user and SSH key in ELT Deck on this computer."
                    + " Nothing is sent to the VM yet.";
            case KEY -> "Generates an ed25519 key pair in ~/.ssh on this computer and shows the line to add to "
                    + (profile == null ? "the VM's ~/.ssh/authorized_keys" : "~/.ssh/authorized_keys of " + profile.user()
                    + " on " + profile.host()) + ". ELT Deck changes nothing on the VM; if you already log in with a key,"
                    + " choose it in the VM's settings instead.";
            case HOST_KEY -> "Opens an SSH connection to " + hostAndPort(profile) + " and shows the VM's host key"
                    + " fingerprint to compare with the one your cloud console shows; accepting saves it in "
                    + HomePaths.shorten(profile.knownHostsOrDefault()) + ". Nothing is changed on the VM.";
            case CONNECT -> "Opens an SSH connection to " + profile.destination() + (profile.tunnels().isEmpty()
                    ? " (the VM has no tunnels set)" : " and forwards ports " + ports(profile)
                    + " to this computer (127.0.0.1 only)") + "; nothing is changed on the VM.";
            case STACK_SETTINGS -> "Saves in ELT Deck which repository and branch to deploy, and where the clone and"
                    + " its docker-compose.yml go on the VM. Nothing is changed on the VM.";
            case DEPLOY -> deploy(profile, settings);
        };
    }

    /** What is in place once the step is done. */
    static String done(GuideStep step, Profile profile, StackSettings settings) {
        return switch (step) {
            case ADD_VM -> "The VM " + profile.name() + " is saved: " + profile.destination() + ".";
            case KEY -> "Logs in with " + ProfileViewModel.loginText(profile) + ".";
            case HOST_KEY -> "The host key of " + hostAndPort(profile) + " is known and checked at every connect.";
            case CONNECT -> "Connected to " + profile.destination() + "; ports " + ports(profile)
                    + " are forwarded to this computer.";
            case STACK_SETTINGS -> "Deploys " + settings.repository() + " (branch " + settings.branch() + ") into "
                    + settings.remoteDir() + " on the VM.";
            case DEPLOY -> "The stack is deployed. Its services are on the tunnels while ELT Deck runs.";
        };
    }

    private static String deploy(Profile profile, StackSettings settings) {
        if (settings == null) {
            return "Deploys the stack on " + profile.host() + " once its repository is set (Stack settings).";
        }
        String composeDir = settings.remoteDir() + "/" + settings.composeDir();
        return "Over an SSH connection of its own, on " + profile.host() + ": takes the deploy lock, clones "
                + settings.repositoryUrl() + " (branch " + settings.branch() + ") into " + settings.remoteDir()
                + " or updates it, checks " + composeDir + "/.env, runs docker-compose pull and up -d in " + composeDir
                + ", waits until the " + settings.agentService() + " and Prefect answer, then records the deploy"
                + " and releases the lock.";
    }

    private static String hostAndPort(Profile profile) {
        return profile.host() + (profile.port() == 22 ? "" : " port " + profile.port());
    }

    /** "8000, 8001, 8080" or, for a forward that lands elsewhere, "8080 (as 18080)". */
    private static String ports(Profile profile) {
        return profile.tunnels().stream().map(GuideTexts::port).collect(Collectors.joining(", "));
    }

    private static String port(TunnelSpec tunnel) {
        return tunnel.remotePort() == tunnel.localPort() ? Integer.toString(tunnel.remotePort())
                : tunnel.remotePort() + " (as " + tunnel.localPort() + ")";
    }
}
