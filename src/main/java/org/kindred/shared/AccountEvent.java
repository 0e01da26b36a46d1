package org.kindred.shared;

/**
 * Something that happened to a user account, named by the account since no one may be signed in yet: SIGN_IN,
 * SIGN_IN_FAILED, LOCKED_OUT, UNLOCKED, TOKEN_ISSUED, TOKEN_REVOKED, DISABLED, ENABLED, ROLES_CHANGED,
 * PASSWORD_CHANGED, TOKENS_VIEWED (an administrator looked at another's tokens). The audit module writes it with the request's id and address.
 *
 * @param username the account it happened to
 * @param by who did it (the same account, an administrator, or "system")
 */
public record AccountEvent(String username, String action, String by, String detail) {
}
