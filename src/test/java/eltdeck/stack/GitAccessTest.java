package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.Face;
import eltdeck.ssh.HostKey;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading repository URLs, GitHub's published host keys, and the hints git's refusals lead to. */
class GitAccessTest {
    /** GitHub's host keys as api.github.com/meta publishes them: their fingerprints must be the ones we trust. */
    private static final String GITHUB_ED25519 = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
    private static final String GITHUB_ECDSA = "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=";

    @Test
    void sshHostsAreReadFromEveryUrlForm() {
        assertThat(GitUrl.sshHost("git@github.com:acme/elt.git")).contains("github.com");
        assertThat(GitUrl.sshHost("ssh://git@github.com/acme/elt.git")).contains("github.com");
        assertThat(GitUrl.sshHost("ssh://git@git.example.org:2222/team/elt.git")).contains("git.example.org");
        assertThat(GitUrl.sshHost("https://github.com/acme/elt.git")).isEmpty();
        assertThat(GitUrl.sshHost("/srv/git/elt.git")).isEmpty();
        assertThat(GitUrl.sshHost("acme/elt")).isEmpty();
    }

    @Test
    void githubRepositoriesAreNamedWhateverTheForm() {
        for (String url : new String[] {"acme/elt", "https://github.com/acme/elt.git", "git@github.com:acme/elt.git",
                "ssh://git@github.com/acme/elt", "https://github.com/acme/elt/"}) {
            assertThat(GitUrl.githubRepository(url)).as(url).contains("acme/elt");
        }
        assertThat(GitUrl.githubRepository("git@gitlab.com:acme/elt.git")).isEmpty();
        assertThat(GitUrl.githubRepository("/srv/git/elt.git")).isEmpty();
    }

    @Test
    void githubTrustAppliesToItsSshUrlsOnly() {
        assertThat(GitHostTrust.forRepository("git@github.com:acme/elt.git")).contains(GitHostTrust.GITHUB);
        assertThat(GitHostTrust.forRepository("https://github.com/acme/elt.git")).isEmpty();
        assertThat(GitHostTrust.forRepository("git@gitlab.com:acme/elt.git")).isEmpty();
        assertThat(GitHostTrust.GITHUB.knownHostsName()).isEqualTo("github.com");
        assertThat(new GitHostTrust("git.example.org", 2222, java.util.Set.of()).knownHostsName()).isEqualTo("[git.example.org]:2222");
    }

    @Test
    void thePublishedGithubKeysHaveThePublishedFingerprints() {
        String keyscan = "# github.com:22 SSH-2.0-babeld\n"
                + "github.com ssh-ed25519 " + GITHUB_ED25519 + "\n"
                + "github.com ecdsa-sha2-nistp256 " + GITHUB_ECDSA + "\n";
        assertThat(GitHostTrust.parseKeyLines(keyscan)).extracting(HostKey::fingerprint).containsExactly(
                "SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU", "SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM");
    }

    @Test
    void gitsRefusalsLeadToTheRightHint() {
        Face.serve(Face.COMMAND_LINE);
        assertThat(GitAccessHint.forOutput("Host key verification failed.\nfatal: Could not read from remote repository.", "vm"))
                .hasValueSatisfying(h -> assertThat(h).contains("eltdeck deploykey vm").contains("published fingerprints"));
        assertThat(GitAccessHint.forOutput("git@github.com: Permission denied (publickey).", "vm"))
                .hasValueSatisfying(h -> assertThat(h).contains("Deploy keys"));
        assertThat(GitAccessHint.forOutput("fatal: could not read Username for 'https://github.com': terminal prompts disabled", "vm"))
                .hasValueSatisfying(h -> assertThat(h).contains("--git-token-env"));
        assertThat(GitAccessHint.forOutput("fatal: couldn't find remote ref refs/heads/mian", "vm")).isEqualTo(Optional.empty());
    }

    @Test
    void inTheWindowTheHintNamesTheWindowsActionNotACommand() {
        Face.serve(Face.WINDOW);
        try {
            assertThat(GitAccessHint.forOutput("git@github.com: Permission denied (publickey).", "vm"))
                    .hasValueSatisfying(h -> assertThat(h).contains("Repository access… in the Deploy tab").doesNotContain("eltdeck "));
            assertThat(GitAccessHint.forOutput("fatal: could not read Username for 'https://github.com': terminal prompts disabled",
                    "vm")).hasValueSatisfying(h -> assertThat(h).doesNotContain("--git-token-env"));
        } finally {
            Face.serve(Face.COMMAND_LINE);
        }
    }
}
