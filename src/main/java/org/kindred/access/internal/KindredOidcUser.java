package org.kindred.access.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A Kindred account signed in through the identity provider: the provider proved who they are; the roles, teams and
 * security stamp are Kindred's. Named by the Kindred username, so the session registry counts these sessions with
 * the user's password sessions.
 */
record KindredOidcUser(KindredUserDetails account, OidcIdToken idToken, OidcUserInfo userInfo)
        implements OidcUser, KindredPrincipal, SignedInAccount, java.io.Serializable {

    @Override
    public CurrentUser user() { return account.user(); }

    @Override
    public long stamp() { return account.stamp(); }

    @Override
    public String getName() { return account.getUsername(); }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() { return account.getAuthorities(); }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return claims;
    }

    @Override
    public Map<String, Object> getAttributes() { return getClaims(); }

    @Override
    public OidcIdToken getIdToken() { return idToken; }

    @Override
    public OidcUserInfo getUserInfo() { return userInfo; }

    @Override
    public boolean equals(Object o) { return o instanceof KindredOidcUser k && k.account.equals(account); }

    @Override
    public int hashCode() { return account.hashCode(); }

    @Override
    public String toString() { return "KindredOidcUser[" + account.getUsername() + "]"; }
}
