package eltdeck.airbyte.emulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/** Checks requests and answers against one Airbyte config API spec; returns the violations as text (empty: valid). */
final class SpecCheck {
    private final OpenApiInteractionValidator validator;

    SpecCheck(Path spec) {
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString()).build();
    }

    List<String> request(String method, String path, String contentType, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return messages(validator.validateRequest(request.build()));
    }

    List<String> response(String method, String path, int status, String body) {
        SimpleResponse response = SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
        return messages(validator.validateResponse(path, Request.Method.valueOf(method), response));
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
