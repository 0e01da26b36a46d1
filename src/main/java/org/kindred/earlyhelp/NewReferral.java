package org.kindred.earlyhelp;

import java.time.LocalDate;

/**
 * A referral to an intervention as typed: the child, where it comes from ({@link ReferralSource} by name; an early
 * help referral names its episode), the date (ISO, today when blank) and why.
 */
public record NewReferral(Long childId, String source, Long episodeId, LocalDate referredOn, String reason) {
}
