package org.kindred.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session lasts only while its user is enabled and their security stamp is the one they signed in with:
 * disabling them, changing their roles or password ends every session they hold at its next request (one indexed
 * read per page request), on every node, since the stamp is in the database. A session signed in with the identity
 * provider (ADR 0035) holds the same stamp and ends the same way.
 */
class SessionStampFilter extends OncePerRequestFilter {
    private final UserAccounts accounts;

    SessionStampFilter(UserAccounts accounts) { this.accounts = accounts; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInAccount user
                && !accounts.sessionStillValid(user.user().id(), user.stamp())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect("/login?ended");
            return;
        }
        chain.doFilter(request, response);
    }
}
