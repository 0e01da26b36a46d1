package org.kindred.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.kindred.access.CurrentUser;
import org.kindred.access.KindredPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security sees them; the password hash never leaves this class. */
record KindredUserDetails(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil)
        implements UserDetails, KindredPrincipal {

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
