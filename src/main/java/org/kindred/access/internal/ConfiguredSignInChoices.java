package org.kindred.access.internal;

import java.util.Optional;
import org.kindred.access.SignInChoices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The identity provider is offered exactly when {@link OidcConfig} switches its sign-in on: an issuer is set. */
@Component
class ConfiguredSignInChoices implements SignInChoices {
    private final Optional<String> provider;

    ConfiguredSignInChoices(@Value("${kindred.oidc.issuer-uri:}") String issuer,
                            @Value("${kindred.oidc.display-name:your authority's account}") String name) {
        this.provider = issuer.isBlank() ? Optional.empty() : Optional.of(name);
    }

    @Override
    public Optional<String> identityProvider() { return provider; }
}
