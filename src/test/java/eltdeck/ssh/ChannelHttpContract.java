package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.http.Http.HttpFailure;
import eltdeck.http.Http;
import eltdeck.testvm.FreePort;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP through an SSH link's direct-tcpip channels ({@link ChannelSocketFactory}) to a real HTTP server on the
 * server's loopback: chunked and large answers, large uploads, kept-alive connections, refusals and silence.
 */
abstract class ChannelHttpContract extends LinkContract {
    private static final int LARGE = 6 * 1024 * 1024;

    MockWebServer web;
    OkHttpClient http;

    @BeforeAll
    void httpOverTheLink() {
        http = Http.client(new ChannelSocketFactory(link), Duration.ofSeconds(20));
    }

    /** A web server per test: what one test leaves queued or recorded never reaches the next. */
    @BeforeEach
    void startWebServer() throws Exception {
        web = new MockWebServer();
        web.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopWebServer() {
        web.close();
    }

    @Test
    void aLargeChunkedAnswerArrivesWhole() throws Exception {
        String body = pattern(LARGE);
        web.enqueue(new MockResponse.Builder().code(200).chunkedBody(body, 7_000).build());

        try (Response response = Http.execute(http, get("/chunked"))) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
            assertThat(response.body().string()).isEqualTo(body);
        }
        assertThat(web.takeRequest(10, TimeUnit.SECONDS).getTarget()).isEqualTo("/chunked");
    }

    @Test
    void aLargeUploadArrivesWholeAndTheAnswerComesBack() throws Exception {
        String upload = pattern(3 * 1024 * 1024);
        web.enqueue(new MockResponse.Builder().code(201).body("{\"stored\":true}").build());

        Request post = new Request.Builder().url(onServer("/upload")).post(RequestBody.create(upload, Http.JSON)).build();
        try (Response response = Http.execute(http, post)) {
            assertThat(response.code()).isEqualTo(201);
            assertThat(response.body().string()).isEqualTo("{\"stored\":true}");
        }
        RecordedRequest received = web.takeRequest(10, TimeUnit.SECONDS);
        assertThat(received.getMethod()).isEqualTo("POST");
        assertThat(received.getBody().utf8()).isEqualTo(upload);
    }

    @Test
    void aKeptAliveChannelCarriesTheNextRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            web.enqueue(new MockResponse.Builder().code(200).body("answer " + i).build());
        }
        int[] connections = new int[3];
        for (int i = 0; i < 3; i++) {
            try (Response response = Http.execute(http, get("/again/" + i))) {
                assertThat(response.body().string()).isEqualTo("answer " + i);
            }
            connections[i] = web.takeRequest(10, TimeUnit.SECONDS).getConnectionIndex();
        }
        assertThat(connections[1]).as("same channel, kept alive").isEqualTo(connections[0]);
        assertThat(connections[2]).isEqualTo(connections[0]);
    }

    @Test
    void aClosedPortOnTheServerIsARefusal() throws Exception {
        int closed = FreePort.find();
        Request request = new Request.Builder().url("http://localhost:" + closed + "/").build();

        assertThatThrownBy(() -> Http.execute(http, request).close())
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.kind()).isEqualTo(HttpFailure.Kind.REFUSED))
                .hasMessageContaining(String.valueOf(closed));
    }

    @Test
    void aServerThatNeverAnswersEndsInANoAnswerFailure() {
        web.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        OkHttpClient impatient = Http.client(new ChannelSocketFactory(link), Duration.ofMillis(300));

        assertThatThrownBy(() -> Http.execute(impatient, get("/silent")).close())
                .isInstanceOfSatisfying(HttpFailure.class, e -> assertThat(e.kind()).isEqualTo(HttpFailure.Kind.NO_ANSWER));
    }

    @Test
    void forwardsWrittenFromOneThreadShareItsPacketBufferAndCarryTheirBytesWhole() throws Exception {
        String upload = pattern(3 * 1024 * 1024);
        for (int i = 0; i < 2; i++) {
            web.enqueue(new MockResponse.Builder().code(200).body("stored " + i).build());
            Answer answer = new Answer();
            ForwardChannel channel = link.openForward(web.getPort(), answer, 10_000);
            try {
                OutputStream toRemote = channel.toRemoteFromThisThread();
                assertThat(ThreadPacketBuffer.lentTo(toRemote)).as("the thread's buffer is lent (JSch internals found)").isTrue();
                toRemote.write(("POST /upload/" + i + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: "
                        + upload.length() + "\r\n\r\n" + upload).getBytes(StandardCharsets.US_ASCII));
                toRemote.close();
                assertThat(answer.ended.await(20, TimeUnit.SECONDS)).as("the server's answer ends").isTrue();
            } finally {
                channel.close();
            }
            assertThat(answer.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200").endsWith("stored " + i);
            RecordedRequest received = web.takeRequest(10, TimeUnit.SECONDS);
            assertThat(received.getTarget()).isEqualTo("/upload/" + i);
            assertThat(received.getBody().utf8()).isEqualTo(upload);
        }
    }

    private Request get(String path) {
        return new Request.Builder().url(onServer(path)).build();
    }

    /** The web server's port on the SSH server's loopback, reached through the link whatever host is named. */
    private String onServer(String path) {
        return "http://localhost:" + web.getPort() + path;
    }

    /** What the server sends back on a forward; closed (by JSch) when the server's side has ended. */
    private static final class Answer extends ByteArrayOutputStream {
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public void close() {
            ended.countDown();
        }
    }

    private static String pattern(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; text.length() < length; i++) {
            text.append("line ").append(i).append(" of the answer\n");
        }
        text.setLength(length);
        return text.toString();
    }
}
