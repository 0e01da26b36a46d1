package org.kindred.frontdoor;

/**
 * A referral from a past return: the contact that made it (about a child already on the register) and the decision to
 * refer, recorded as {@link Contacts#record} then {@link Contacts#decide} would record them.
 */
public record PastReferral(NewContact contact, Decision decision) {
}
