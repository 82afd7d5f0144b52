package eltdeck.airbyte;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eltdeck.http.Http.HttpFailure;
import eltdeck.http.Http;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls Airbyte's config API ({@code /api/v1/...}) at a base URL such as {@code http://127.0.0.1:8001/api}, with the
 * basic-auth proxy's credentials when given: GET for health, POST with JSON for everything else. Failures become an
 * {@link AirbyteApiException} saying what went wrong and what to do; the password never appears in one.
 */
public final class AirbyteClient {
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Neither spec (0.40.32, 0.50.56) has a version in health, workspaces or instance_configuration: the version is
     * taken from this header where a server or proxy sends one, and is unknown otherwise.
     */
    static final String VERSION_HEADER = "Airbyte-Version";
    private static final int MAX_BODY_IN_MESSAGE = 300;
    /** Calls the server answers only once a workflow moved: sync once it runs, cancel once it stopped. */
    private static final java.util.Set<String> SLOW_CALLS = java.util.Set.of("/v1/connections/sync", "/v1/jobs/cancel");
    private static final Duration SLOW_TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final Optional<AirbyteCredentials> credentials;
    private final Duration requestTimeout;
    private final OkHttpClient http;
    private final OkHttpClient slowHttp;
    private volatile String version;

    /** {@code base} is the API's root, e.g. {@code http://127.0.0.1:8001/api} (its {@code /v1/...} paths follow). */
    public AirbyteClient(URI base, Optional<AirbyteCredentials> credentials, Duration requestTimeout) {
        this.base = checked(base);
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
        this.http = Http.client(requestTimeout);
        this.slowHttp = Http.client(SLOW_TIMEOUT.compareTo(requestTimeout) > 0 ? SLOW_TIMEOUT : requestTimeout);
    }

    public AirbyteClient(URI base, Optional<AirbyteCredentials> credentials) {
        this(base, credentials, Duration.ofSeconds(30));
    }

    /** The base URL checked: http(s), a host, no query; a trailing slash is dropped. */
    public static URI checked(URI base) {
        String scheme = base.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || base.getHost() == null || base.getQuery() != null) {
            throw new IllegalArgumentException("The Airbyte API URL must be http(s)://HOST:PORT/api, not '" + base + "'.");
        }
        String text = base.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : base;
    }

    public URI base() {
        return base;
    }

    /** The version the server named in its {@value #VERSION_HEADER} header, once any answer carried one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** {@code GET /v1/health}: whether the server says it is available. */
    public boolean health() throws AirbyteApiException {
        Request.Builder request = request("/v1/health").get();
        return parse(send(request, "/v1/health"), "/v1/health").path("available").asBoolean(false);
    }

    /** POSTs {@code body} (null: none) as JSON to {@code path} (e.g. {@code /v1/jobs/get}); returns the JSON answer. */
    public JsonNode post(String path, Object body) throws AirbyteApiException {
        Request.Builder request = request(path);
        try {
            request.post(RequestBody.create(body == null ? "" : JSON.writeValueAsString(body), Http.JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request to " + path + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return parse(send(request, path), path);
    }

    private Request.Builder request(String path) {
        Request.Builder request = new Request.Builder().url(base + path).header("Accept", "application/json");
        credentials.ifPresent(c -> request.header("Authorization", c.authorization()));
        return request;
    }

    /** A status, its body read whole while the connection was open, and the content type. */
    private record Answer(int statusCode, String body, String contentType) {
    }

    private Answer send(Request.Builder request, String path) throws AirbyteApiException {
        OkHttpClient client = SLOW_CALLS.contains(path) ? slowHttp : http;
        try (Response response = Http.execute(client, request.build())) {
            String named = response.header(VERSION_HEADER);
            if (named != null && !named.isBlank()) {
                version = named.strip();
            }
            return new Answer(response.code(), response.body().string(), response.header("Content-Type", ""));
        } catch (HttpFailure e) {
            throw switch (e.kind()) {
                case REFUSED, CONNECT_TIMEOUT -> new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Nothing answers at "
                        + base + ": is Airbyte running and the tunnel to its port (8001, or 8000) up?", e);
                case NO_ANSWER -> new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Airbyte at " + base
                        + " did not answer " + path + " within " + client.readTimeoutMillis() / 1000
                        + " s; is the server overloaded or restarting?", e);
                case INTERRUPTED -> new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Interrupted while calling Airbyte.", e);
                case LOST -> lost(e);
            };
        } catch (IOException e) {
            throw lost(e);
        }
    }

    private AirbyteApiException lost(IOException e) {
        return new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Lost the connection to Airbyte at " + base
                + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "): is Airbyte running and the tunnel up?", e);
    }

    private JsonNode parse(Answer response, String path) throws AirbyteApiException {
        int status = response.statusCode();
        if (status == 401) {
            throw unauthorized(response);
        }
        JsonNode body = json(response.body());
        if (status == 200) {
            if (body == null || !body.isObject()) {
                throw new AirbyteApiException(AirbyteApiException.Kind.BAD_RESPONSE, "The server at " + base + " answered "
                        + path + " with " + excerpt(response.body()) + ", not JSON; is this Airbyte's API (try /api on port 8001)?");
            }
            return body;
        }
        String message = body == null ? excerpt(response.body()) : serverMessage(body);
        throw switch (status) {
            case 404 -> new AirbyteApiException(AirbyteApiException.Kind.NOT_FOUND, "Airbyte: not found (" + path + "): " + message);
            case 409 -> new AirbyteApiException(AirbyteApiException.Kind.CONFLICT, "Airbyte: " + message);
            case 422 -> new AirbyteApiException(AirbyteApiException.Kind.INVALID_INPUT, "Airbyte refused the input to "
                    + path + ": " + message);
            default -> new AirbyteApiException(AirbyteApiException.Kind.HTTP_STATUS, "Airbyte at " + base + " answered "
                    + path + " with HTTP " + status + ": " + message);
        };
    }

    private AirbyteApiException unauthorized(Answer response) {
        String body = response.body() == null ? "" : response.body().toLowerCase(Locale.ROOT);
        boolean html = body.contains("<html") || response.contentType().contains("text/html");
        String who = html ? " (basic auth of the proxy in front of Airbyte)" : "";
        String message = credentials.isPresent()
                ? "Wrong Airbyte username/password" + who + " at " + base + ": set the right ones (Airbyte's .env"
                        + " BASIC_AUTH_USERNAME / BASIC_AUTH_PASSWORD; the defaults are airbyte / password)."
                : "Airbyte at " + base + " asks for a username and password" + who + ": set them for this profile.";
        return new AirbyteApiException(AirbyteApiException.Kind.UNAUTHORIZED, message);
    }

    /** The {@code message} of an Airbyte error answer, with the first validation errors of a 422. */
    private static String serverMessage(JsonNode body) {
        StringBuilder text = new StringBuilder(body.path("message").asText(excerpt(body.toString())));
        JsonNode errors = body.path("validationErrors");
        if (errors.isArray()) {
            errors.forEach(e -> text.append("; ").append(e.path("propertyPath").asText("")).append(' ')
                    .append(e.path("invalidValue").asText("")).append(' ').append(e.path("message").asText("")));
        }
        return text.toString().strip();
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "an empty body";
        }
        return flat.length() <= MAX_BODY_IN_MESSAGE ? flat : flat.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
