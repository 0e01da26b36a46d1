package org.kindred.access;

import java.util.Optional;

/** How staff may sign in: always with a Kindred password; with the authority's identity provider when one is configured. */
public interface SignInChoices {
    /** Where the "Sign in with ..." button starts the identity provider's sign-in (ADR 0035). */
    String IDENTITY_PROVIDER_START = "/oauth2/authorization/oidc";

    /** The identity provider's name as staff know it ("Microsoft Entra ID"), when one is configured. */
    Optional<String> identityProvider();
}
