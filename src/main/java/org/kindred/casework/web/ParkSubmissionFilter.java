package org.kindred.casework.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.casework.internal.ParkedNotes;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security: a case note posted by a browser whose session has ended (timed out, or signed out in
 * another tab) would otherwise be refused (its CSRF token died with the session) and the typing lost. The note is
 * kept under a random key in a cookie only this browser holds, and the browser is sent to sign in; after sign-in
 * {@link ClaimParkedFilter} makes it the signed-in user's draft. Only a non-empty note to the note form's address is
 * kept; everything else goes on to the security chain as usual.
 */
@Component
// Spring Security's filter chain runs at order -100 (Spring Boot's default): just before it.
@Order(-101)
class ParkSubmissionFilter extends OncePerRequestFilter {
    static final String COOKIE = "kindred-parked-note";
    private static final Pattern NOTE_POST = Pattern.compile("^/children/(\\d+)/notes$");
    private final ParkedNotes parked;

    ParkSubmissionFilter(ParkedNotes parked) { this.parked = parked; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = NOTE_POST.matcher(request.getRequestURI());
        if (!"POST".equals(request.getMethod()) || !m.matches() || signedIn(request)
                || request.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        String text = request.getParameter("text");
        if (text == null || text.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? null : v[0]));
        String key = parked.park(Long.parseLong(m.group(1)), form);
        Cookie cookie = new Cookie(COOKIE, key);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge(24 * 60 * 60);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect("/login");
    }

    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }
}
