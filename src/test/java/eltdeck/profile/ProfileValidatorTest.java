package eltdeck.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {

    private static List<String> problems(Profile p) {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class, () -> ProfileValidator.check(p));
        return e == null ? List.of() : e.problems();
    }

    @Test
    void aPlainProfileIsValid() {
        assertThat(problems(Profile.of("prod-1", "vm.example.com", "ubuntu"))).isEmpty();
        assertThat(problems(Profile.of("v6", "2001:db8::1", "ubuntu"))).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Profile p = new Profile("bad name!", "", 70000, "root;rm", Path.of("/no/such/key"), false, null, null,
                new Profile.KeepAlive(0, 0), TunnelSpec.defaults());
        assertThat(problems(p)).hasSize(7).anySatisfy(m -> assertThat(m).startsWith("Name 'bad name!'"))
                .anySatisfy(m -> assertThat(m).contains("Host is empty"))
                .anySatisfy(m -> assertThat(m).contains("Port 70000 is out of range"))
                .anySatisfy(m -> assertThat(m).contains("User 'root;rm'"))
                .anySatisfy(m -> assertThat(m).contains("/no/such/key does not exist"));
    }

    @Test
    void hostWithShellCharactersIsRefused() {
        assertThat(problems(Profile.of("vm", "host;reboot", "u"))).singleElement().asString().contains("not a valid DNS name");
    }

    @Test
    void tunnelsMustNotCollideAndPrefectApiKeeps4200() {
        Profile p = Profile.of("vm", "h", "u").withTunnels(List.of(new TunnelSpec("a", 8000, 9000), new TunnelSpec("b", 8000, 9000),
                new TunnelSpec("Prefect API", 4200, 14200)));
        assertThat(problems(p)).anySatisfy(m -> assertThat(m).contains("Remote port 8000 is forwarded twice"))
                .anySatisfy(m -> assertThat(m).contains("Local port 9000 is used by two tunnels"))
                .anySatisfy(m -> assertThat(m).contains("must stay on local port 4200"));
    }

    @Test
    void eachProblemNamesItsFieldSoAFormCanShowItThere() {
        Profile p = new Profile("bad name!", "", 22, "u", null, true, null, null, Profile.KeepAlive.DEFAULT,
                List.of(new TunnelSpec("a", 8000, 9000), new TunnelSpec("b", 8000, 9001)));
        assertThat(ProfileValidator.problems(p)).extracting(ProfileValidator.Problem::field)
                .containsExactly(ProfileValidator.NAME_FIELD, ProfileValidator.HOST_FIELD, ProfileValidator.tunnelField(1, "remote"));
    }

    @Test
    void needsAKeyOrTheAgent() {
        Profile p = new Profile("vm", "h", 22, "u", null, false, null, null, null, TunnelSpec.defaults());
        assertThat(problems(p)).singleElement().asString().contains("No way to log in");
    }
}
