package org.kindred.frontdoor;

/**
 * The front door's decision on a contact, as typed. For a referral the referral date (ISO yyyy-mm-dd, not before
 * the contact arrived and not in the future) and the primary need (N1 to N9) are required.
 */
public record Decision(String decision, String reason, String referralDate, String primaryNeed) {
}
