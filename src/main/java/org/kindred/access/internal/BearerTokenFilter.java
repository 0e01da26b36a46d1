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
            accounts.byTokenHash(ApiTokenService.hash(header.substring(7).trim()))
                    .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                    .ifPresent(u -> SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities())));
        }
        chain.doFilter(request, response);
    }
}
