package org.kindred.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Without {@code kindred.oidc.issuer-uri} (the default) the identity provider's sign-in does not exist (ADR 0035): its
 * endpoints are ordinary paths that need a signed-in user, the sign-in page offers only the password form, and there
 * is no client registration to look for a provider.
 */
class OidcOffIT extends DatabaseIT {
    @Autowired
    ApplicationContext context;

    @Autowired
    SignInChoices signIn;

    @Test
    void theProvidersEndpointsDoNotAnswer() throws Exception {
        for (String path : new String[] {SignInChoices.IDENTITY_PROVIDER_START, "/login/oauth2/code/oidc?code=x&state=y"}) {
            String to = mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                    .getRedirectedUrl();
            assertThat(to).as(path).endsWith("/login");
        }
        assertThat(context.getBeansOfType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(signIn.identityProvider()).isEmpty();
    }

    @Test
    void theSignInPageOffersOnlyThePasswordForm() throws Exception {
        String page = mvc.perform(get("/login?oidc=unknown")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"sign-in\"").doesNotContain("sign-in-identity-provider", "oidc-refused",
                "/oauth2/authorization");
    }
}
