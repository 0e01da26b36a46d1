package org.kindred.frontdoor;

import java.time.LocalDate;

/**
 * The front door's decision on a contact, as typed. For a referral the referral date (not before the contact arrived
 * and not in the future) and the primary need (N1 to N9) are required.
 */
public record Decision(String decision, String reason, LocalDate referralDate, String primaryNeed) {
}
