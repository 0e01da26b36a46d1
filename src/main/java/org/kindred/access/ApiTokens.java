package org.kindred.access;

import java.time.Instant;

/** Bearer tokens for the API, issued to a signed-in user. */
public interface ApiTokens {
    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(long userId);
}
