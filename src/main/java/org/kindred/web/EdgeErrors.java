package org.kindred.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors raised before a controller is chosen (wrong method, wrong content type, an upload over its limit): the API
 * answers them in problem+json like every other error; pages get the error page for the status.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class EdgeErrors {
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                                         HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                request.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> type(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
                                       HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the body as application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> acceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request,
                                             HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "The API answers application/json");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> upload(MaxUploadSizeExceededException e, HttpServletRequest request,
                                         HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                "The file is too large: the limit is 20 MB");
    }

    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpServletResponse response,
                                                        HttpStatus status, String title, String detail) throws IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(status.value());
            return null;
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
