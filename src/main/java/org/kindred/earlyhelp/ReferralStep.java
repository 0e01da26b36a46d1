package org.kindred.earlyhelp;

import java.time.LocalDate;

/**
 * A step on a referral as typed: {@code step} is ACCEPT, DECLINE, START, WITHDRAW or END; {@code on} the day
 * (today when null); a reason for DECLINE, WITHDRAW and END; at the END of MST the three yes/no measures, of the
 * others the goal scores (0 to 10) at the start and end.
 */
public record ReferralStep(String step, LocalDate on, String reason, Boolean livingAtHome, Boolean inEducation,
                           Boolean noNewOffences, Integer goalScoreStart, Integer goalScoreEnd) {
}
