package org.kindred.access;

/** What the security context holds for a signed-in user; pages and services read it through {@link CurrentUser}. */
public interface KindredPrincipal {
    CurrentUser user();
}
