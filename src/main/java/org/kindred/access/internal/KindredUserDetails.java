package org.kindred.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as Spring Security sees them; the password hash never leaves this class. The stamp is the account's
 * security stamp when they signed in: a session ends when it has moved on. Two are the same principal when they
 * are the same account (the session registry counts a user's sessions by it).
 */
record KindredUserDetails(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil, long stamp)
        implements UserDetails, KindredPrincipal, SignedInAccount {

    @Override
    public boolean equals(Object o) { return o instanceof KindredUserDetails k && k.user.id() == user.id(); }

    /** The session is kept in PostgreSQL (ADR 0022): the password hash is left out of what is written there. */
    @java.io.Serial
    private Object writeReplace() {
        return new KindredUserDetails(user, null, enabled, lockedUntil, stamp);
    }

    @Override
    public int hashCode() { return Long.hashCode(user.id()); }

    @Override
    public String toString() { return "KindredUserDetails[" + user.username() + "]"; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list = user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return list;
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return user.username(); }

    @Override
    public boolean isAccountNonLocked() { return lockedUntil == null || lockedUntil.isBefore(Instant.now()); }

    @Override
    public boolean isEnabled() { return enabled; }
}
