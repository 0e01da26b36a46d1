package org.kindred.earlyhelp;

/**
 * A step on a referral as typed: {@code step} is ACCEPT, DECLINE, START, WITHDRAW or END; {@code on} an ISO date
 * (today when blank); a reason for DECLINE, WITHDRAW and END; at the END of MST the three yes/no measures, of the
 * others the goal scores (0 to 10) at the start and end.
 */
public record ReferralStep(String step, String on, String reason, Boolean livingAtHome, Boolean inEducation,
                           Boolean noNewOffences, Integer goalScoreStart, Integer goalScoreEnd) {
}
