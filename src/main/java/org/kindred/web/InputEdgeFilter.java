package org.kindred.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input refused at the edge, before any controller or the database sees it: a body over its limit (1 MB, or 20 MB
 * for a file upload) is 413, counted as it is read when no length is declared; a query parameter or form field
 * that breaks {@link TextRule} is 400, naming it. JSON bodies are checked field by field by {@link CheckedText}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputEdgeFilter extends OncePerRequestFilter {
    static final long BODY_LIMIT = 1024 * 1024;
    static final long UPLOAD_LIMIT = 20 * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.startsWith("multipart/") ? UPLOAD_LIMIT : BODY_LIMIT;
        if (request.getContentLengthLong() > limit) {
            if (limit == UPLOAD_LIMIT && !request.getRequestURI().startsWith("/api/")) {
                // A page's upload form shows the GOV.UK error for a file over the limit: back to its form (the same
                // address), which reads "tooLarge". Tomcat swallows the unread body (server.tomcat.max-swallow-size),
                // so the browser sees this answer, not a reset connection.
                response.setStatus(303);
                response.setHeader("Location", request.getRequestURI() + "?tooLarge=1");
                return;
            }
            refuse(request, response, 413, "body", "The request is too large: the limit is " + limit / (1024 * 1024) + " MB");
            return;
        }
        HttpServletRequest limited = new Limited(request, limit);
        for (Map.Entry<String, String[]> p : limited.getParameterMap().entrySet()) {
            String nameProblem = TextRule.problem(p.getKey());
            if (nameProblem != null) {
                refuse(request, response, 400, "parameter", nameProblem);
                return;
            }
            for (String value : p.getValue()) {
                String problem = TextRule.problem(value);
                if (problem != null) {
                    refuse(request, response, 400, p.getKey(), problem);
                    return;
                }
            }
        }
        chain.doFilter(limited, response);
    }

    /** The API answers problem+json naming the field; a page shows the error page for the status. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String field,
                               String message) throws IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ProblemJson.of(status, status == 413 ? "Request too large" : "Invalid input",
                message, field, message, MDC.get("requestId")));
    }

    /** Reads at most {@code limit} bytes of the body, then fails the read (answered 413 by the API's handler). */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) throw new BodyTooLarge(limit);
        }

        @Override
        public boolean isFinished() { return in.isFinished(); }

        @Override
        public boolean isReady() { return in.isReady(); }

        @Override
        public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }

    /** A body longer than its limit, found while reading it. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("The request is too large: the limit is " + limit / (1024 * 1024) + " MB");
        }
    }
}
