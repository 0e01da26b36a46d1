package org.kindred.access.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sign-in with the authority's identity provider (OIDC: Entra ID or similar), ADR 0035. Nothing here exists unless
 * {@code kindred.oidc.issuer-uri} is set: no endpoint answers, no bean looks for a provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("!'${kindred.oidc.issuer-uri:}'.isBlank()")
class OidcConfig {

    @Bean
    OidcSignIn oidcSignIn(@Value("${kindred.oidc.issuer-uri}") String issuer,
                          @Value("${kindred.oidc.client-id:}") String clientId,
                          @Value("${kindred.oidc.client-secret:}") String clientSecret,
                          @Value("${kindred.oidc.username-claim:preferred_username}") String usernameClaim,
                          UserAccounts accounts, ApplicationEventPublisher events) {
        return new OidcSignIn(new OidcRegistration(issuer.trim(), clientId, clientSecret),
                new OidcAccounts(usernameClaim, accounts, events));
    }

    /**
     * The provider sends the browser back from its own site. A Strict session cookie is not sent on that navigation,
     * so the sign-in that began in the session could not be finished; Lax sends it on top-level GETs only. Forms
     * still need their CSRF token, and no cross-site POST carries the cookie.
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookieBackFromTheProvider() {
        return serializer -> serializer.setSameSite("Lax");
    }
}
