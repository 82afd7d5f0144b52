package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.testvm.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path home;

    @Test
    void aSecondClaimFindsTheDirectoryTakenAndHandsItsProfileOverToTheFirst() throws Exception {
        BlockingQueue<String> asked = new LinkedBlockingQueue<>();
        try (SingleInstance first = SingleInstance.claim(home).orElseThrow()) {
            first.listen(asked::add);

            assertThat(SingleInstance.claim(home)).isEmpty();
            assertThat(SingleInstance.handOver(home, "prod vm")).isTrue();
            assertThat(SingleInstance.handOver(home, "")).isTrue();

            assertThat(asked.poll(10, TimeUnit.SECONDS)).isEqualTo("prod vm");
            assertThat(asked.poll(10, TimeUnit.SECONDS)).isEmpty();
        }
        assertThat(home.resolve(SingleInstance.SOCKET_FILE)).doesNotExist();
        try (SingleInstance next = SingleInstance.claim(home).orElseThrow()) {
            assertThat(next).as("closing frees the directory for the next app").isNotNull();
        }
    }

    @Test
    void aRequestMadeBeforeTheFirstAppListensIsAnsweredOnceItDoes() throws Exception {
        try (SingleInstance first = SingleInstance.claim(home).orElseThrow()) {
            CountDownLatch handedOver = new CountDownLatch(1);
            Thread second = new Thread(() -> {
                if (SingleInstance.handOver(home, "early")) {
                    handedOver.countDown();
                }
            });
            second.start();
            BlockingQueue<String> asked = new LinkedBlockingQueue<>();
            first.listen(asked::add);

            assertThat(asked.poll(10, TimeUnit.SECONDS)).isEqualTo("early");
            assertThat(handedOver.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anAppThatCrashedLeavesNothingThatBlocksTheNextLaunch() throws Exception {
        ChildProcess crashed = ChildProcess.start("claiming app", List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                Holder.class.getName(), home.toString()), home.resolve("holder.log"));
        crashed.awaitOutput("claimed", Duration.ofSeconds(60));
        assertThat(SingleInstance.claim(home)).as("held by the other process").isEmpty();

        ProcessHandle.of(crashed.pid()).orElseThrow().destroyForcibly();
        ProcessHandle.of(crashed.pid()).ifPresent(p -> p.onExit().join());
        assertThat(home.resolve(SingleInstance.SOCKET_FILE)).as("a crash leaves its socket file").exists();
        assertThat(home.resolve(SingleInstance.LOCK_FILE)).exists();

        BlockingQueue<String> asked = new LinkedBlockingQueue<>();
        try (SingleInstance next = SingleInstance.claim(home).orElseThrow()) {
            next.listen(asked::add);
            assertThat(SingleInstance.handOver(home, "vm")).isTrue();
            assertThat(asked.poll(10, TimeUnit.SECONDS)).isEqualTo("vm");
        }
        crashed.stop();
    }

    /** An app holding the directory, in a process of its own that the test can kill. */
    public static final class Holder {
        public static void main(String[] args) throws InterruptedException {
            SingleInstance.claim(Path.of(args[0])).orElseThrow();
            System.out.println("claimed");
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
