package org.kindred.web;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A problem+json body written outside Spring MVC (by a filter), in the shape the API's handlers give. */
final class ProblemJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    static String of(int status, String title, String detail, String field, String message, String requestId) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("errors", List.of(Map.of("field", field, "message", message)));
        if (requestId != null) body.put("requestId", requestId);
        return JSON.writeValueAsString(body);
    }
}
