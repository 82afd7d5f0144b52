package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeVersionTest {
    @Test
    void tellsV1FromV2ByWhatTheyPrint() {
        assertThat(ComposeVersion.parse("docker-compose version 1.29.2, build unknown")).contains(new ComposeVersion(1, 29, 2));
        assertThat(ComposeVersion.parse("Docker Compose version v2.20.3")).hasValueSatisfying(v -> assertThat(v.isV2()).isTrue());
        assertThat(ComposeVersion.parse("2.24.6\n")).contains(new ComposeVersion(2, 24, 6));
        assertThat(ComposeVersion.parse("1.25.0")).contains(new ComposeVersion(1, 25, 0));
        assertThat(ComposeVersion.parse("docker-compose version 1.26.0, build d4451659"))
                .hasValueSatisfying(v -> assertThat(v.isV2()).isFalse());
        assertThat(ComposeVersion.parse("sh: docker-compose: not found")).isEmpty();
    }
}
