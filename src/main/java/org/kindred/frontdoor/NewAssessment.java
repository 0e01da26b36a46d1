package org.kindred.frontdoor;

import java.time.LocalDate;

/**
 * Starting a single assessment from a referral, as typed.
 *
 * @param startDate on or after the referral date and not in the future
 * @param worker the username of the allocated social worker or team manager
 */
public record NewAssessment(LocalDate startDate, String worker) {
}
