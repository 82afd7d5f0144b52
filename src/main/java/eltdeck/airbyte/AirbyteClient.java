package eltdeck.airbyte;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

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
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BODY_IN_MESSAGE = 300;
    /** Calls the server answers only once a workflow moved: sync once it runs, cancel once it stopped. */
    private static final java.util.Set<String> SLOW_CALLS = java.util.Set.of("/v1/connections/sync", "/v1/jobs/cancel");
    private static final Duration SLOW_TIMEOUT = Duration.ofMinutes(2);

    private final URI base;
    private final Optional<AirbyteCredentials> credentials;
    private final Duration requestTimeout;
    private final HttpClient http;
    private volatile String version;

    /** {@code base} is the API's root, e.g. {@code http://127.0.0.1:8001/api} (its {@code /v1/...} paths follow). */
    public AirbyteClient(URI base, Optional<AirbyteCredentials> credentials, Duration requestTimeout) {
        this.base = checked(base);
        this.credentials = credentials;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
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
        HttpRequest.Builder request = request("/v1/health").GET();
        return parse(send(request, "/v1/health"), "/v1/health").path("available").asBoolean(false);
    }

    /** POSTs {@code body} (null: none) as JSON to {@code path} (e.g. {@code /v1/jobs/get}); returns the JSON answer. */
    public JsonNode post(String path, Object body) throws AirbyteApiException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        try {
            request.POST(body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request to " + path + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return parse(send(request, path), path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout(path))
                .header("Accept", "application/json");
        credentials.ifPresent(c -> request.header("Authorization", c.authorization()));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String path) throws AirbyteApiException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Nothing answers at " + base
                    + ": is Airbyte running and the tunnel to its port (8001, or 8000) up?", e);
        } catch (HttpTimeoutException e) {
            throw new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Airbyte at " + base + " did not answer "
                    + path + " within " + timeout(path).toSeconds() + " s; is the server overloaded or restarting?", e);
        } catch (IOException e) {
            throw new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Lost the connection to Airbyte at " + base
                    + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): is Airbyte running and the tunnel up?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AirbyteApiException(AirbyteApiException.Kind.UNREACHABLE, "Interrupted while calling Airbyte.", e);
        }
        response.headers().firstValue(VERSION_HEADER).filter(v -> !v.isBlank()).ifPresent(v -> version = v.strip());
        return response;
    }

    private Duration timeout(String path) {
        return SLOW_CALLS.contains(path) && SLOW_TIMEOUT.compareTo(requestTimeout) > 0 ? SLOW_TIMEOUT : requestTimeout;
    }

    private JsonNode parse(HttpResponse<String> response, String path) throws AirbyteApiException {
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

    private AirbyteApiException unauthorized(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().toLowerCase(Locale.ROOT);
        boolean html = body.contains("<html") || response.headers().firstValue("Content-Type").orElse("").contains("text/html");
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
