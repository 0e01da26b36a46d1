package org.kindred.frontdoor;

/**
 * Starting a single assessment from a referral, as typed.
 *
 * @param startDate ISO yyyy-mm-dd: on or after the referral date and not in the future
 * @param worker the username of the allocated social worker or team manager
 */
public record NewAssessment(String startDate, String worker) {
}
