package org.kindred.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kindred.shared.loading.StartupWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While Kindred is still loading (the demo county, the search index), every page answers 503 with how far it has
 * got, and the API a problem+json saying the same, rather than an empty county or a search that finds nobody.
 * Health, styles and images are served as usual. Once loaded, this filter only reads a flag.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LoadingPage extends OncePerRequestFilter {
    private static final List<String> ALWAYS = List.of("/actuator", "/assets/", "/webjars/", "/css/", "/favicon");
    private final StartupWork work;
    private volatile boolean loaded;

    LoadingPage(StartupWork work) {
        this.work = work;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (loaded) return true;
        if (work.finished()) {
            loaded = true;
            return true;
        }
        String path = request.getRequestURI();
        return ALWAYS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int percent = work.percent();
        String what = String.join(" and ", work.waitingFor());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "3");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Kindred is starting\",\"status\":503,"
                    + "\"detail\":\"Loading " + what + ": " + percent + "%. Try again in a few seconds.\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(page(percent, what));
    }

    // Only Kindred's own words and a number go into the page: nothing from the request.
    private static String page(int percent, String what) {
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template govuk-template--rebranded">
                <head>
                  <meta charset="utf-8">
                  <meta http-equiv="refresh" content="3">
                  <title>Kindred is loading - Kindred</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <link rel="stylesheet" href="/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css">
                </head>
                <body class="govuk-template__body">
                <header class="govuk-header"><div class="govuk-header__container govuk-width-container">
                  <div class="govuk-header__logo"><span class="govuk-header__logotype-text">Kindred</span></div>
                </div></header>
                <div class="govuk-width-container">
                  <main class="govuk-main-wrapper" id="main-content">
                    <h1 class="govuk-heading-l">Kindred is loading %s: %d%%</h1>
                    <p class="govuk-body">This page refreshes itself. You can sign in as soon as loading has finished.</p>
                  </main>
                </div>
                </body>
                </html>
                """.formatted(what.isEmpty() ? "" : what, percent);
    }
}
