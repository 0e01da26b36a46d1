package org.kindred.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** What the sign-in page is told when the identity provider's sign-in does not end in a session (ADR 0035). */
class OidcSignInTest {

    @Test
    void aProviderThatCannotBeReachedIsNoRegistrationAndNoFailedStart() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OidcRegistration registration = new OidcRegistration("http://127.0.0.1:" + closed, "kindred", "secret");
        assertThat(registration.findByRegistrationId(OidcRegistration.ID)).isNull();
        assertThat(registration.findByRegistrationId("google")).isNull();
    }

    @Test
    void eachRefusalHasItsOwnMessage() throws Exception {
        assertThat(redirect(new OAuth2AuthenticationException(new OAuth2Error(OidcAccounts.UNKNOWN))))
                .isEqualTo("/login?oidc=unknown");
        assertThat(redirect(new OAuth2AuthenticationException(new OAuth2Error(OidcAccounts.DISABLED))))
                .isEqualTo("/login?oidc=disabled");
        assertThat(redirect(new OAuth2AuthenticationException(new OAuth2Error("client_registration_not_found"))))
                .isEqualTo("/login?oidc=unreachable");
        assertThat(redirect(new OAuth2AuthenticationException(new OAuth2Error("access_denied"))))
                .isEqualTo("/login?oidc=failed");
        assertThat(redirect(new InternalAuthenticationServiceException("database down")))
                .isEqualTo("/login?unavailable");
    }

    private static String redirect(AuthenticationException e) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        OidcSignIn.refused(new MockHttpServletRequest(), response, e);
        return response.getRedirectedUrl();
    }
}
