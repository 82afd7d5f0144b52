package eltdeck.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import javax.net.SocketFactory;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one HTTP client configuration of the app: every call to Prefect, Airbyte or a port on the VM is made by a
 * client from here. HTTP/1.1 only (the servers behind the tunnels speak nothing else), no proxy (every endpoint is a
 * loopback tunnel or the VM itself), no redirects, and no silent retry of a request on a failed connection: a
 * repeated POST could start a second sync or flow run.
 */
public final class Http {
    /** The type of every JSON request body the app sends. */
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final OkHttpClient BASE = new OkHttpClient.Builder()
            .protocols(List.of(Protocol.HTTP_1_1))
            .proxy(Proxy.NO_PROXY)
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(CONNECT_TIMEOUT)
            .eventListenerFactory(Http::markOf)
            .build();

    private Http() {
    }

    /**
     * A client whose calls wait at most {@code answerTimeout} for each part of an answer (its headers, then each
     * read of its body): a large body may take longer as long as it keeps coming. Clients share one connection pool.
     */
    public static OkHttpClient client(Duration answerTimeout) {
        return BASE.newBuilder().readTimeout(answerTimeout).writeTimeout(answerTimeout).build();
    }

    /** As {@link #client(Duration)}, its connections made by {@code sockets}, e.g. channels of an SSH link. */
    public static OkHttpClient client(SocketFactory sockets, Duration answerTimeout) {
        return BASE.newBuilder().socketFactory(sockets).readTimeout(answerTimeout).writeTimeout(answerTimeout).build();
    }

    /**
     * Runs the request; a failure becomes an {@link HttpFailure} saying whether a connection was ever made (refused
     * or timed out before, lost or silent after). The caller closes the response.
     */
    public static Response execute(OkHttpClient client, Request request) throws HttpFailure {
        ConnectionMark mark = new ConnectionMark();
        try {
            return client.newCall(request.newBuilder().tag(ConnectionMark.class, mark).build()).execute();
        } catch (IOException e) {
            throw HttpFailure.of(e, mark.connected);
        }
    }

    private static EventListener markOf(Call call) {
        ConnectionMark mark = call.request().tag(ConnectionMark.class);
        return mark == null ? EventListener.NONE : mark;
    }

    /** Notes, per call, that a connection was made, so that a timeout can be told apart: connect or answer. */
    static final class ConnectionMark extends EventListener {
        private volatile boolean connected;

        @Override
        public void connectionAcquired(Call call, Connection connection) {
            connected = true;
        }
    }

    /** Why a call failed; the message names no secret (requests' headers are never part of it). */
    public static final class HttpFailure extends IOException {
        /** What happened, in the order a call goes. */
        public enum Kind { REFUSED, CONNECT_TIMEOUT, NO_ANSWER, LOST, INTERRUPTED }

        private final Kind kind;

        private HttpFailure(Kind kind, String message, IOException cause) {
            super(message, cause);
            this.kind = kind;
        }

        static HttpFailure of(IOException e, boolean connected) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Kind kind;
            if (e instanceof ConnectException) {
                kind = Kind.REFUSED;
            } else if (e instanceof SocketTimeoutException || "timeout".equals(e.getMessage())) {
                kind = connected ? Kind.NO_ANSWER : Kind.CONNECT_TIMEOUT;
            } else if (e instanceof InterruptedIOException || Thread.currentThread().isInterrupted()) {
                kind = Kind.INTERRUPTED;
            } else {
                kind = Kind.LOST;
            }
            return new HttpFailure(kind, why, e);
        }

        public Kind kind() {
            return kind;
        }
    }
}
