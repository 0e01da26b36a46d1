package org.kindred.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A 503 answered by a filter, before Spring MVC and the page layout (which would ask the database for the signed-in
 * user's header): a self-contained GOV.UK page, or a problem+json on the API. Only Kindred's own words go into it.
 */
final class PlainPage {
    private PlainPage() {
    }

    static void unavailable(HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds,
                            String title, String heading, String body, String apiDetail, boolean refresh)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503,"
                    + "\"detail\":\"" + apiDetail + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en" class="govuk-template govuk-template--rebranded">
                <head>
                  <meta charset="utf-8">
                  %s<title>%s - Kindred</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <link rel="stylesheet" href="/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css">
                </head>
                <body class="govuk-template__body">
                <header class="govuk-header"><div class="govuk-header__container govuk-width-container">
                  <div class="govuk-header__logo"><span class="govuk-header__logotype-text">Kindred</span></div>
                </div></header>
                <div class="govuk-width-container">
                  <main class="govuk-main-wrapper" id="main-content">
                    <h1 class="govuk-heading-l">%s</h1>
                    <p class="govuk-body">%s</p>
                  </main>
                </div>
                </body>
                </html>
                """.formatted(refresh ? "<meta http-equiv=\"refresh\" content=\"" + retryAfterSeconds + "\">\n  " : "",
                title, heading, body));
    }
}
