package org.kindred.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.loading.StartupWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While Kindred is still loading (the demo county, the search index), every page answers 503 with how far it has
 * got, and the API a problem+json saying the same, rather than an empty county or a search that finds nobody.
 * Health, styles and images are served as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RequiredArgsConstructor
class LoadingPage extends OncePerRequestFilter {
    private static final List<String> ALWAYS = List.of("/actuator", "/assets/", "/webjars/", "/css/", "/favicon");
    private final StartupWork work;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (work.finished()) return true; // a few volatile reads
        String path = request.getRequestURI();
        return ALWAYS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int percent = work.percent();
        String what = String.join(" and ", work.waitingFor());
        // Only Kindred's own words and a number go into the page: nothing from the request.
        PlainPage.unavailable(request, response, 3, "Kindred is starting",
                "Kindred is loading " + what + ": " + percent + "%",
                "This page refreshes itself. You can sign in as soon as loading has finished.",
                "Loading " + what + ": " + percent + "%. Try again in a few seconds.", true);
    }
}
