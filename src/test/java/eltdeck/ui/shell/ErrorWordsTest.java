package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ErrorWordsTest {

    @Test
    void saysWhatTheAppWasDoingFromTheThreadItHappenedOn() {
        RuntimeException error = new IllegalStateException("The profile list is empty");

        assertThat(ErrorWords.of(new Thread(() -> { }, "JavaFX Application Thread"), error).headline())
                .isEqualTo("Something went wrong while the window was handling what you did");
        assertThat(ErrorWords.of(new Thread(() -> { }, "connection-prod"), error).headline())
                .isEqualTo("Something went wrong while ELT Deck was keeping an SSH connection or its tunnels");
        assertThat(ErrorWords.of(new Thread(() -> { }, "ui-task"), error).headline())
                .isEqualTo("Something went wrong while ELT Deck was working in the background");
    }

    @Test
    void explainsWithTheInnermostMessageNotAClassName() {
        RuntimeException wrapped = new RuntimeException("java.lang.IllegalStateException: x",
                new IllegalStateException("The deploy lock on the VM is held by another laptop"));
        assertThat(ErrorWords.explain(wrapped)).isEqualTo("The deploy lock on the VM is held by another laptop.");
        assertThat(ErrorWords.explain(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo("Reading or writing failed: No space left on device.");
    }

    @Test
    void aProgrammingErrorIsCalledABugInWords() {
        String npe = ErrorWords.explain(new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null"));
        assertThat(npe).contains("bug in ELT Deck").doesNotContain("String.length").doesNotContain("NullPointer");
        assertThat(ErrorWords.explain(new IllegalStateException())).contains("bug in ELT Deck")
                .doesNotContain("IllegalState");
        assertThat(ErrorWords.explain(new OutOfMemoryError("Java heap space"))).startsWith("ELT Deck ran out of memory");
    }
}
