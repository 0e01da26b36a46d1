package org.kindred.access.internal;

import org.kindred.access.CurrentUser;

/**
 * What a signed-in session holds, whether by password or by the identity provider: the account and its security
 * stamp when it signed in, which {@link SessionStampFilter} checks on every page request (ADR 0014).
 */
interface SignedInAccount {
    CurrentUser user();

    long stamp();
}
