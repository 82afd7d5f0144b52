package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.testvm.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a page through real launcher programs: none there, one that fails, one that works. */
class SystemBrowserTest {
    private static final String URL = "http://localhost:8080/";

    @TempDir
    Path dir;

    @Test
    void withNoLauncherOnThePathItSaysSoAndNamesWhatItLookedFor() throws Exception {
        CompletableFuture<String> failure = new CompletableFuture<>();
        new SystemBrowser(List.of(List.of("xdg-open"), List.of("gio", "open")), dir.toString()).open(URL, failure::complete);

        assertThat(failure.get(10, TimeUnit.SECONDS)).startsWith("No browser launcher was found").contains("xdg-open, gio");
    }

    @Test
    void aLauncherThatFailsGivesWayToTheNextAndOnlyTheLastFailureIsReported() throws Exception {
        script("xdg-open", "echo 'no method available for opening' >&2; exit 3");
        script("gio", "exit 4");
        CompletableFuture<String> failure = new CompletableFuture<>();
        new SystemBrowser(List.of(List.of("xdg-open"), List.of("gio", "open")), dir.toString()).open(URL, failure::complete);

        assertThat(failure.get(10, TimeUnit.SECONDS)).isEqualTo("The browser did not open (gio ended with code 4).");
    }

    @Test
    void theFirstLauncherThatWorksGetsTheAddressAndNothingIsReported() throws Exception {
        script("xdg-open", "echo 'no method available for opening' >&2; exit 3");
        Path opened = dir.resolve("opened");
        script("sensible-browser", "echo \"$1\" > '" + opened + "'");
        CompletableFuture<String> failure = new CompletableFuture<>();
        new SystemBrowser(List.of(List.of("xdg-open"), List.of("firefox"), List.of("sensible-browser")), dir.toString())
                .open(URL, failure::complete);

        Await.until(Duration.ofSeconds(10), "the address handed to the working launcher", () -> Files.exists(opened));
        Await.until(Duration.ofSeconds(10), "the launcher's output written", () -> readOr(opened).equals(URL + "\n"));
        assertThat(failure).isNotDone();
    }

    private void script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String readOr(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
