package org.kindred.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates `Authorization: Bearer` requests from the hashed token table. */
class BearerTokenFilter extends OncePerRequestFilter {
    private final UserAccounts accounts;

    BearerTokenFilter(UserAccounts accounts) { this.accounts = accounts; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                accounts.byTokenHash(ApiTokenService.hash(header.substring(7).trim()))
                        .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                        .ifPresent(u -> SecurityContextHolder.getContext().setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities())));
            } catch (org.springframework.dao.DataAccessResourceFailureException e) {
                // The database is down: say the service is unavailable (as the API's handlers do), not a 500.
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "60");
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                        + "\"detail\":\"The service is unavailable. Try again in a few minutes.\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
