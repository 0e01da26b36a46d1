package org.kindred.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** problem+json bodies (RFC 9457) for the API's 401 and 403, written before any controller runs. */
final class ProblemResponses {
    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
