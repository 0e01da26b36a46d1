package org.kindred.access.internal;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Kindred's one client registration with the identity provider, its endpoints read from the provider's discovery
 * document the first time someone signs in with it, not at start-up: Kindred starts, and passwords work, while the
 * provider is unreachable. Until discovery succeeds there is no registration, which the sign-in page reports.
 */
@RequiredArgsConstructor
class OidcRegistration implements ClientRegistrationRepository {
    static final String ID = "oidc";
    private static final Logger log = LoggerFactory.getLogger(OidcRegistration.class);
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private volatile ClientRegistration registration;

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            try {
                found = ClientRegistrations.fromIssuerLocation(issuer).registrationId(ID)
                        .clientId(clientId).clientSecret(clientSecret).scope("openid", "profile", "email")
                        // Who the user is in Kindred is read from the configured claim by OidcAccounts, not here.
                        .userNameAttributeName(IdTokenClaimNames.SUB).build();
                registration = found;
            } catch (RuntimeException unreachable) {
                log.warn("The identity provider {} cannot be reached: {}", issuer, unreachable.toString());
                return null;
            }
        }
        return found;
    }
}
