package eltdeck.prefect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eltdeck.http.Http.HttpFailure;
import eltdeck.http.Http;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs GraphQL documents to a Prefect 1 Server's Apollo endpoint and returns {@code data}. Every input travels as
 * a variable (the {@code JSON} scalar does not take inline literals well). Failures become a
 * {@link PrefectApiException} saying what went wrong and what to check.
 */
public final class GraphQlClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final URI endpoint;
    private final OkHttpClient http;
    private final Duration requestTimeout;

    /** {@code endpoint} is the API's URL, e.g. {@code http://127.0.0.1:4200/graphql}. */
    public GraphQlClient(URI endpoint, Duration requestTimeout) {
        String scheme = endpoint.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("The Prefect API URL must be http(s)://HOST:PORT/graphql, not '" + endpoint + "'.");
        }
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        this.http = Http.client(requestTimeout);
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
        Answer response = post(body);
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

    /** A status and its body, read whole while the connection was open. */
    private record Answer(int statusCode, String body) {
    }

    private Answer post(ObjectNode body) throws PrefectApiException {
        Request request;
        try {
            request = new Request.Builder().url(endpoint.toString())
                    .post(RequestBody.create(JSON.writeValueAsString(body), Http.JSON)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("GraphQL variables cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        try (Response response = Http.execute(http, request)) {
            return new Answer(response.code(), response.body().string());
        } catch (HttpFailure e) {
            throw switch (e.kind()) {
                case REFUSED -> unreachable("the connection was refused", e);
                case CONNECT_TIMEOUT -> unreachable("the connection timed out", e);
                case NO_ANSWER -> new PrefectApiException(PrefectApiException.Kind.UNREACHABLE, "The Prefect API at " + endpoint
                        + " did not answer within " + requestTimeout.toSeconds() + " s; is the server overloaded or restarting?", e);
                case INTERRUPTED -> new PrefectApiException(PrefectApiException.Kind.UNREACHABLE,
                        "Interrupted while calling the Prefect API.", e);
                case LOST -> unreachable(e.getMessage(), e);
            };
        } catch (IOException e) {
            throw unreachable("the answer broke off: " + e.getMessage(), e);
        }
    }

    private PrefectApiException unreachable(String why, Exception cause) {
        return new PrefectApiException(PrefectApiException.Kind.UNREACHABLE, "Cannot reach the Prefect API at " + endpoint
                + " (" + why + "). Is the stack deployed and its apollo service up, and is the tunnel to port 4200 open?", cause);
    }

    private JsonNode parse(Answer response) throws PrefectApiException {
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

    private PrefectApiException httpStatus(Answer response) {
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
