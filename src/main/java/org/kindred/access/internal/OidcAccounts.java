package org.kindred.access.internal;

import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.shared.AccountEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns an identity the provider has proved into a Kindred account: the one whose username is the configured claim
 * (lower-cased, as Kindred usernames are), and only while it is enabled. Anyone else is refused, and the refusal is
 * audited as a failed sign-in.
 */
@RequiredArgsConstructor
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {
    static final String UNKNOWN = "kindred_unknown_user";
    static final String DISABLED = "kindred_account_disabled";
    private final OidcUserService provider = new OidcUserService();
    private final String usernameClaim;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser proven = provider.loadUser(request);
        String username = proven.getClaims().get(usernameClaim) instanceof String s && !s.isBlank()
                ? s.trim().toLowerCase(Locale.ROOT) : null;
        if (username == null) {
            throw refused(proven.getSubject(), UNKNOWN, "the provider sent no " + usernameClaim + " claim");
        }
        Optional<KindredUserDetails> account;
        try {
            account = accounts.byUsername(username);
        } catch (DataAccessException down) {
            throw new InternalAuthenticationServiceException("The database is unavailable", down);
        }
        if (account.isEmpty()) {
            throw refused(username, UNKNOWN, "not a Kindred user");
        }
        if (!account.get().enabled()) {
            throw refused(username, DISABLED, "the account is disabled");
        }
        return new KindredOidcUser(account.get(), proven.getIdToken(), proven.getUserInfo());
    }

    private OAuth2AuthenticationException refused(String username, String code, String why) {
        events.publishEvent(new AccountEvent(username, "SIGN_IN_FAILED", "system", "identity provider: " + why));
        return new OAuth2AuthenticationException(new OAuth2Error(code, why, null));
    }
}
