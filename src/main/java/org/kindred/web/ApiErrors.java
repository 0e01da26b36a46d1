package org.kindred.web;

import java.util.List;
import java.util.Map;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The API's errors as problem+json: field errors for bad input, never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields need correcting");
        p.setTitle("Invalid input");
        List<Map<String, String>> errors = e.errors().entrySet().stream()
                .map(x -> Map.of("field", x.getKey(), "message", x.getValue())).toList();
        p.setProperty("errors", errors);
        return p;
    }

    /**
     * JSON that cannot be read (a date that is not a date, text where a number belongs): a field error naming the
     * field, as for any other bad input, rather than a bare "failed to read request".
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException e, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        String field = null;
        for (Throwable t = e.getCause(); t != null && field == null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
                field = j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                        : Integer.toString(r.getIndex())).collect(java.util.stream.Collectors.joining("."));
            }
        }
        InvalidInput invalid = field == null ? InvalidInput.of("body", "Send a JSON object as the API describes")
                : InvalidInput.of(field, "This value is not of the right kind (a date is yyyy-mm-dd, a number has digits only)");
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalid(invalid));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in API request", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong. Quote request id " + MDC.get("requestId") + " to the service desk.");
        return ResponseEntity.status(500).body(p);
    }
}
