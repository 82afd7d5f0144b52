package eltdeck.airbyte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.AppContext;
import eltdeck.profile.AirbytePasswords;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.ui.testsupport.MemoryKeychain;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a profile reaches Airbyte: parsed, stored with the profile, the password only in the keychain (or memory). */
class AirbyteSettingsTest {
    @TempDir Path dir;

    @Test
    void routesAndUrlsAsTyped() {
        assertThat(AirbyteSettings.parse("", "airbyte")).isEqualTo(AirbyteSettings.DEFAULT);
        assertThat(AirbyteSettings.parse("8000", "ops").route()).isEqualTo(AirbyteRoute.TUNNEL_8000);
        assertThat(AirbyteSettings.parse("http://10.0.0.5:8001", "airbyte").url()).isEqualTo(URI.create("http://10.0.0.5:8001/api"));
        assertThat(AirbyteSettings.parse("https://airbyte.example.com/api/", "airbyte").url())
                .isEqualTo(URI.create("https://airbyte.example.com/api"));
        assertThatThrownBy(() -> AirbyteSettings.parse("ftp://x/api", "airbyte")).hasMessageContaining("must be http(s)://HOST:PORT/api");
        assertThatThrownBy(() -> AirbyteSettings.parse("8001", "a:b")).hasMessageContaining("without ':'");
        assertThat(new AirbyteCredentials("airbyte", Secret.of("pw-123"))).asString().doesNotContain("pw-123");
    }

    @Test
    void storedWithTheProfileAndThePasswordNeverInTheDatabase() throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        AppContext context = AppContext.open(dir, keychain);
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        AirbyteSettingsStore store = new AirbyteSettingsStore(context.database());
        assertThat(store.get("vm")).isEqualTo(AirbyteSettings.DEFAULT);
        AirbyteSettings url = AirbyteSettings.parse("http://127.0.0.1:18001/api", "ops");
        store.set("vm", url);
        assertThat(store.get("vm")).isEqualTo(url);
        assertThatThrownBy(() -> store.set("nobody", url)).isInstanceOf(IllegalStateException.class);

        AirbytePasswords passwords = new AirbytePasswords(keychain);
        assertThat(passwords.set("vm", Secret.of("hunter2-airbyte"))).isTrue();
        assertThat(passwords.get("vm")).contains(Secret.of("hunter2-airbyte"));
        assertThat(Files.readAllBytes(dir.resolve("eltdeck.db"))).asString(StandardCharsets.ISO_8859_1).doesNotContain("hunter2-airbyte");
        assertThatThrownBy(() -> passwords.set("vm", Secret.of("two\nlines"))).hasMessageContaining("one non-empty line");

        AirbytePasswords noKeychain = new AirbytePasswords(Secrets.none());
        assertThat(noKeychain.set("vm", Secret.of("session-only"))).isFalse();
        assertThat(noKeychain.get("vm")).contains(Secret.of("session-only"));
        noKeychain.clear("vm");
        assertThat(noKeychain.get("vm")).isEmpty();

        context.profiles().remove("vm");
        assertThat(store.get("vm")).as("the settings go with the profile").isEqualTo(AirbyteSettings.DEFAULT);
    }
}
