package eltdeck.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshConfigImporterTest {
    @TempDir
    Path home;

    @Test
    void concreteHostsBecomeProfilesWithFirstValueWinning() throws IOException {
        Path config = home.resolve("config");
        Files.writeString(config, String.join("\n",
                "# work VMs",
                "Host etl-prod etl-alias",
                "    HostName 203.0.113.7",
                "    User ubuntu",
                "    Port 2222",
                "    IdentityFile ~/.ssh/etl_ed25519",
                "    ProxyJump ops@bastion.example.com:22",
                "Host staging",
                "    HostName=staging.example.com",
                "Host *.internal !skip.internal",
                "    User internal",
                "Match host foo",
                "    User ignored",
                "Host *",
                "    User fallback",
                "    Port 22",
                ""));
        List<Profile> profiles = new SshConfigImporter(home).read(config);
        assertThat(profiles).extracting(Profile::name).containsExactly("etl-prod", "etl-alias", "staging");
        Profile prod = profiles.get(0);
        assertThat(prod.host()).isEqualTo("203.0.113.7");
        assertThat(prod.user()).isEqualTo("ubuntu");
        assertThat(prod.port()).isEqualTo(2222);
        assertThat(prod.identityFile()).isEqualTo(home.resolve(".ssh/etl_ed25519"));
        assertThat(prod.jump()).isEqualTo(new JumpHost("ops", "bastion.example.com", 22));
        assertThat(prod.tunnels()).hasSize(5);
        Profile staging = profiles.get(2);
        assertThat(staging.host()).isEqualTo("staging.example.com");
        assertThat(staging.user()).isEqualTo("fallback");
        assertThat(staging.port()).isEqualTo(22);
        assertThat(staging.jump()).isNull();
    }

    @Test
    void missingFileSaysWhereItLooked() {
        Path absent = home.resolve("nope");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SshConfigImporter(home).read(absent))
                .hasMessageContaining(absent.toString()).hasMessageContaining("--file");
    }
}
