package org.kindred.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Adds the identity provider's sign-in to the pages' filter chain, beside the password form, so the session it makes
 * has the same fixation protection, session limit, CSRF tokens and stamp check as a password session.
 */
@RequiredArgsConstructor
class OidcSignIn {
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);
    private final OidcRegistration registration;
    private final OidcAccounts accounts;

    void applyTo(HttpSecurity http) throws Exception {
        AuthenticationFailureHandler refusals = OidcSignIn::refused;
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(registration)
                .authorizedClientRepository(new NoTokensKept())
                .userInfoEndpoint(u -> u.oidcUserService(accounts))
                .defaultSuccessUrl("/", true)
                .failureHandler(refusals)
                // A provider that cannot be reached fails the first redirect: say so on the sign-in page, not a 500.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(refusals);
                        return filter;
                    }
                }));
    }

    /** Each refusal has its own message on the sign-in page; the reason is one of a fixed few, never echoed input. */
    static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            response.sendRedirect("/login?unavailable");
            return;
        }
        String code = e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "";
        String reason = switch (code) {
            case OidcAccounts.UNKNOWN -> "unknown";
            case OidcAccounts.DISABLED -> "disabled";
            case "client_registration_not_found" -> "unreachable";
            default -> e.getCause() != null && e.getCause().getClass().getSimpleName().startsWith("InvalidClientRegistration")
                    ? "unreachable" : "failed";
        };
        if (reason.equals("failed")) {
            log.warn("Sign-in with the identity provider failed: {} (cause: {})", e.toString(), String.valueOf(e.getCause()));
        }
        response.sendRedirect("/login?oidc=" + reason);
    }

    /** Kindred calls none of the provider's APIs, so its access and refresh tokens are not kept anywhere. */
    private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String id, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String id, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
