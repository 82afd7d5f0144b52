package eltdeck.prefect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * POSTs GraphQL documents to a Prefect 1 Server's Apollo endpoint and returns {@code data}. Every input travels as
 * a variable (the {@code JSON} scalar does not take inline literals well). Failures become a
 * {@link PrefectApiException} saying what went wrong and what to check.
 */
public final class GraphQlClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final URI endpoint;
    private final HttpClient http;
    private final Duration requestTimeout;

    /** {@code endpoint} is the API's URL, e.g. {@code http://127.0.0.1:4200/graphql}. */
    public GraphQlClient(URI endpoint, Duration requestTimeout) {
        String scheme = endpoint.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("The Prefect API URL must be http(s)://HOST:PORT/graphql, not '" + endpoint + "'.");
        }
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
    }

    public GraphQlClient(URI endpoint) {
        this(endpoint, Duration.ofSeconds(30));
    }

    /** The API's URL as typed, checked as the constructor checks it; the message says what to give instead. */
    public static URI url(String text) {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL; give one like http://127.0.0.1:4200/graphql.");
        }
        new GraphQlClient(uri);
        return uri;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Runs {@code document} with {@code variables}; returns the {@code data} object. */
    public JsonNode execute(String document, Map<String, ?> variables) throws PrefectApiException {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", document);
        body.set("variables", JSON.valueToTree(variables));
        HttpResponse<String> response = post(body);
        JsonNode answer = parse(response);
        List<String> errors = errorMessages(answer);
        if (!errors.isEmpty()) {
            throw new PrefectApiException(PrefectApiException.Kind.GRAPHQL,
                    "The Prefect API refused the request: " + String.join("; ", errors));
        }
        if (response.statusCode() != 200) {
            throw httpStatus(response);
        }
        JsonNode data = answer.get("data");
        if (data == null || !data.isObject()) {
            throw new PrefectApiException(PrefectApiException.Kind.BAD_RESPONSE,
                    "The server at " + endpoint + " answered without GraphQL data; is it a Prefect 1 Server API?");
        }
        return data;
    }

    private HttpResponse<String> post(ObjectNode body) throws PrefectApiException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(endpoint).timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("GraphQL variables cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw unreachable("the connection timed out", e);
        } catch (HttpTimeoutException e) {
            throw new PrefectApiException(PrefectApiException.Kind.UNREACHABLE, "The Prefect API at " + endpoint
                    + " did not answer within " + requestTimeout.toSeconds() + " s; is the server overloaded or restarting?", e);
        } catch (ConnectException e) {
            throw unreachable("the connection was refused", e);
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrefectApiException(PrefectApiException.Kind.UNREACHABLE, "Interrupted while calling the Prefect API.", e);
        }
    }

    private PrefectApiException unreachable(String why, Exception cause) {
        return new PrefectApiException(PrefectApiException.Kind.UNREACHABLE, "Cannot reach the Prefect API at " + endpoint
                + " (" + why + "). Is the stack deployed and its apollo service up, and is the tunnel to port 4200 open?", cause);
    }

    private JsonNode parse(HttpResponse<String> response) throws PrefectApiException {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // Not JSON: reported below with the status.
        }
        if (response.statusCode() != 200) {
            throw httpStatus(response);
        }
        throw new PrefectApiException(PrefectApiException.Kind.BAD_RESPONSE, "The server at " + endpoint
                + " did not answer with JSON (" + excerpt(response.body()) + "); is it a Prefect 1 Server API?");
    }

    private PrefectApiException httpStatus(HttpResponse<String> response) {
        return new PrefectApiException(PrefectApiException.Kind.HTTP_STATUS, "The Prefect API at " + endpoint
                + " answered HTTP " + response.statusCode() + ": " + excerpt(response.body()));
    }

    private static List<String> errorMessages(JsonNode answer) {
        List<String> messages = new ArrayList<>();
        JsonNode errors = answer.get("errors");
        if (errors != null && errors.isArray()) {
            errors.forEach(e -> messages.add(e.path("message").asText(e.toString())));
        }
        return messages;
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "an empty body";
        }
        return flat.length() <= MAX_BODY_IN_MESSAGE ? flat : flat.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
