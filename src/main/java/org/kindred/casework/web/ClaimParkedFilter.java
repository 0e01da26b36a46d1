package org.kindred.casework.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.casework.internal.ParkedNotes;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security: the first page a signed-in user opens in a browser holding a parked note's cookie
 * (usually My work, straight after sign-in) claims the note as their draft and goes to the note form, where it is
 * restored with a message; the cookie is cleared whatever the outcome.
 */
@Component
// Spring Security's filter chain runs at order -100 (Spring Boot's default): just after it.
@Order(-99)
class ClaimParkedFilter extends OncePerRequestFilter {
    private final ParkedNotes parked;

    ClaimParkedFilter(ParkedNotes parked) { this.parked = parked; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> key = key(request);
        if (key.isEmpty() || !"GET".equals(request.getMethod()) || CurrentUser.find().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Cookie gone = new Cookie(ParkSubmissionFilter.COOKIE, "");
        gone.setPath("/");
        gone.setMaxAge(0);
        response.addCookie(gone);
        Optional<Long> child;
        try {
            child = parked.claim(key.get());
        } catch (AccessDeniedException e) {
            child = Optional.empty();
        }
        if (child.isPresent()) {
            response.sendRedirect("/children/" + child.get() + "/notes/new?kept=1");
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> key(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return Optional.empty();
        return Arrays.stream(cookies).filter(c -> ParkSubmissionFilter.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
