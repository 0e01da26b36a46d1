package org.kindred.access;

import java.time.Instant;

/** Bearer tokens for the API, issued to a signed-in user. */
public interface ApiTokens {
    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(long userId);

    /** A token as its holder and administrators see it: never the token itself, which is not kept. */
    record TokenView(long id, String username, Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy) {
    }

    /** The user's tokens that have not expired (revoked ones included, marked). */
    java.util.List<TokenView> list(String username);

    /** Revokes one token: its own user's, or any for an administrator. */
    void revoke(long tokenId);
}
