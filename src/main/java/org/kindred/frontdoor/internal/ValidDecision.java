package org.kindred.frontdoor.internal;

import java.time.LocalDate;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.PrimaryNeed;

/** A decision that passed its checks; referral date and need only for a referral. */
record ValidDecision(ContactDecision decision, String reason, LocalDate referralDate, PrimaryNeed primaryNeed) {
}
