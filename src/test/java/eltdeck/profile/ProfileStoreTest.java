package eltdeck.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.AppContext;
import eltdeck.Face;
import eltdeck.secret.Secret;
import eltdeck.ui.testsupport.MemoryKeychain;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path dir;
    private ProfileStore store;

    @BeforeEach
    void open() {
        store = AppContext.open(dir, Secrets.none()).profiles();
    }

    @Test
    void addedProfileComesBackWithEveryField() {
        Profile p = new Profile("prod", "vm.example.com", 2200, "etl", null, true, new JumpHost("ops", "bastion", 22),
                dir.resolve("kh"), new Profile.KeepAlive(10, 4),
                List.of(new TunnelSpec("Prefect API", 4200, 4200), new TunnelSpec("Airbyte", 8000, 18000)));
        store.add(p);
        assertThat(store.get("prod")).isEqualTo(p);
        assertThat(store.list()).containsExactly(p);
    }

    @Test
    void newProfileHasTheFiveDefaultTunnels() {
        store.add(Profile.of("vm", "10.0.0.5", "ubuntu"));
        assertThat(store.get("vm").tunnels()).extracting(TunnelSpec::remotePort).containsExactly(8000, 8001, 8080, 4200, 4201);
    }

    @Test
    void editRenamesAndKeepsTunnels() {
        store.add(Profile.of("vm", "h", "u"));
        store.update("vm", store.get("vm").withName("vm2").withKeepAlive(new Profile.KeepAlive(5, 2)));
        assertThat(store.find("vm")).isEmpty();
        assertThat(store.get("vm2").keepAlive()).isEqualTo(new Profile.KeepAlive(5, 2));
        assertThat(store.get("vm2").tunnels()).hasSize(5);
    }

    @Test
    void theProfilesKeychainEntriesFollowARenameAndGoWithADelete() {
        MemoryKeychain keychain = new MemoryKeychain();
        ProfileStore withKeychain = AppContext.open(dir.resolve("keychain"), keychain).profiles();
        withKeychain.add(Profile.of("vm", "h", "u"));
        new GitTokens(keychain).set("vm", Secret.of("ghp_token"), true);
        new AirbytePasswords(keychain).set("vm", Secret.of("airbyte-secret"));
        keychain.put("key-passphrase:/keys/id", Secret.of("not the profile's"));

        withKeychain.update("vm", withKeychain.get("vm").withName("prod"));

        assertThat(keychain.entries()).containsOnlyKeys("git-token:prod", "airbyte-password:prod", "key-passphrase:/keys/id");
        assertThat(new AirbytePasswords(keychain).get("prod")).contains(Secret.of("airbyte-secret"));

        withKeychain.remove("prod");

        assertThat(keychain.entries()).containsOnlyKeys("key-passphrase:/keys/id");
    }

    @Test
    void duplicatePicksAFreeName() {
        store.add(Profile.of("vm", "h", "u"));
        assertThat(store.duplicate("vm").name()).isEqualTo("vm-copy");
        assertThat(store.duplicate("vm").name()).isEqualTo("vm-copy2");
        assertThat(store.list()).hasSize(3);
    }

    @Test
    void removeDeletesProfileAndTunnels() {
        store.add(Profile.of("vm", "h", "u"));
        store.remove("vm");
        assertThat(store.list()).isEmpty();
        assertThatThrownBy(() -> store.remove("vm")).hasMessageContaining("No profile named 'vm'");
    }

    @Test
    void duplicateNameIsRefusedWithAClearMessage() {
        store.add(Profile.of("vm", "h", "u"));
        assertThatThrownBy(() -> store.add(Profile.of("vm", "other", "u")))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("exists already");
    }

    @Test
    void unknownProfileSaysHowToListThem() {
        Face.serve(Face.COMMAND_LINE);
        assertThatThrownBy(() -> store.get("nope")).hasMessageContaining("eltdeck profile list");
    }

    @Test
    void addEachAddsWhatItCanAndSaysWhyNotForTheRest() {
        store.add(Profile.of("taken", "h", "u"));
        Profile fresh = Profile.of("fresh", "h", "u");
        Profile clash = Profile.of("taken", "other", "u");
        Profile invalid = Profile.of("bad", "bad host", "u");
        java.util.Map<Profile, String> outcome = store.addEach(List.of(fresh, clash, invalid));
        assertThat(outcome.keySet()).containsExactly(fresh, clash, invalid);
        assertThat(outcome.get(fresh)).isEmpty();
        assertThat(outcome.get(clash)).contains("exists already");
        assertThat(outcome.get(invalid)).contains("not a valid DNS name");
        assertThat(store.list()).extracting(Profile::name).containsExactly("fresh", "taken");
    }
}
