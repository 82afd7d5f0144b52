package eltdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.testvm.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DesktopNotifierTest {
    /** Where the notice's text would leave a file if a shell ran it: this run's own, so no other file can fake it. */
    private static final Path RAN = Path.of(System.getProperty("java.io.tmpdir"),
            "eltdeck-notice-ran-" + ProcessHandle.current().pid());
    /** Quotes, a shell substitution and AppleScript's own string end: none of it may act, all of it must arrive. */
    private static final String AWKWARD = "vm: Run 'nightly' of all-etl ended Failed: \"$(touch " + RAN + ")\" & \\\" end";

    @Test
    void linuxHandsTitleAndBodyToNotifySendAsArguments() {
        DesktopNotifier linux = DesktopNotifier.choose("Linux", name -> Optional.of(Path.of("/usr/bin", name)));

        assertThat(linux.command("ELT Deck", AWKWARD)).contains(new DesktopNotifier.Command(
                List.of("/usr/bin/notify-send", "--app-name=ELT Deck", "--", "ELT Deck", AWKWARD), Map.of()));
    }

    @Test
    void macOsScriptReadsTheTextFromItsArgumentsNotFromTheScript() {
        DesktopNotifier mac = DesktopNotifier.choose("Mac OS X", name -> Optional.of(Path.of("/usr/bin", name)));

        List<String> argv = mac.command("ELT Deck", AWKWARD).orElseThrow().argv();

        assertThat(argv).containsExactly("/usr/bin/osascript", "-e", "on run argv",
                "-e", "display notification (item 2 of argv) with title (item 1 of argv)", "-e", "end run",
                "ELT Deck", AWKWARD);
    }

    @Test
    void windowsToastGetsTheTextThroughItsEnvironment() {
        Path powershell = Path.of("C:/Windows/System32/WindowsPowerShell/v1.0/powershell.exe");
        DesktopNotifier windows = DesktopNotifier.choose("Windows 11", name -> Optional.of(powershell));

        DesktopNotifier.Command command = windows.command("ELT Deck", AWKWARD).orElseThrow();

        assertThat(command.argv()).startsWith(powershell.toString(), "-NoProfile", "-NonInteractive", "-Command");
        assertThat(String.join(" ", command.argv())).doesNotContain("nightly").contains("ToastText02")
                .contains("$env:" + DesktopNotifier.TITLE_VARIABLE).contains("$env:" + DesktopNotifier.BODY_VARIABLE);
        assertThat(command.environment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DesktopNotifier.TITLE_VARIABLE, "ELT Deck", DesktopNotifier.BODY_VARIABLE, AWKWARD));
    }

    @Test
    void withoutAToolNothingIsShownAndTheCallerKnows() {
        DesktopNotifier none = DesktopNotifier.choose("Linux", name -> Optional.empty());

        assertThat(none.available()).isFalse();
        assertThat(none.command("ELT Deck", "x")).isEmpty();
        assertThat(none.show("ELT Deck", "x")).isFalse();
    }

    @Test
    void findsAToolOnlyWhereThePathHasAnExecutableOfThatName(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(first.resolve("notify-send"), "not executable");
        Path tool = script(second.resolve("notify-send"), "exit 0");
        String path = String.join(java.io.File.pathSeparator, "", first.toString(), second.toString());

        assertThat(DesktopNotifier.onPath(path).apply("notify-send")).contains(tool);
        assertThat(DesktopNotifier.onPath(path).apply("osascript")).isEmpty();
        assertThat(DesktopNotifier.onPath(null).apply("notify-send")).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRunsNoticeReachesNotifySendOnThePathAndStaysInTheWindow(@TempDir Path dir) throws IOException {
        Path received = dir.resolve("received");
        script(dir.resolve("notify-send"), "printf '%s\\n' \"$@\" > " + received + ".part && mv " + received + ".part " + received);
        DesktopNotifier linux = DesktopNotifier.choose("Linux", DesktopNotifier.onPath(dir.toString()));
        Executor inline = Runnable::run;
        Notices notices = new Notices(new TaskRunner(inline, inline), linux);

        notices.alert(AWKWARD);

        Await.until(Duration.ofSeconds(10), "the stand-in notify-send to be called", () -> Files.exists(received));
        assertThat(Files.readAllLines(received, StandardCharsets.UTF_8))
                .containsExactly("--app-name=ELT Deck", "--", "ELT Deck", AWKWARD);
        assertThat(notices.latestProperty().get()).isEqualTo(AWKWARD);
        assertThat(RAN).as("the text ran as a command").doesNotExist();
    }

    private static Path script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
