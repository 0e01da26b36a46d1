package org.kindred.frontdoor;

import java.util.Optional;

/** Single assessments, each started from a referral. Reads and changes are audited. */
public interface Assessments {
    /** Starts the referral's assessment; refused with a field error when it already has one or the input is wrong. */
    Assessment start(long referralId, NewAssessment assessment);

    Optional<Assessment> find(long id);

    Optional<Assessment> forReferral(long referralId);
}
