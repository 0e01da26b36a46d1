package org.kindred.frontdoor;

import java.util.Optional;

/**
 * Single assessments, each started from a referral. Reads and changes are audited and each step appears on the
 * child's chronology; bad input is refused with field errors and changes nothing.
 */
public interface Assessments {
    /** Starts the referral's assessment; refused with a field error when it already has one or the input is wrong. */
    Assessment start(long referralId, NewAssessment assessment);

    Optional<Assessment> find(long id);

    Optional<Assessment> forReferral(long referralId);

    /** Records when the child was seen, and seen alone; each date once. */
    Assessment recordChildSeen(long referralId, AssessmentSteps.ChildSeen seen);

    /** Records the factors and the outcome; refused (field "outcome") when an outcome is already recorded. */
    Assessment conclude(long referralId, AssessmentSteps.Conclusion conclusion);

    /**
     * A team manager (or administrator) authorises the completed assessment; refused with a field error
     * ("authorisedOn") for anyone else, before the outcome, or a second time.
     */
    Assessment authorise(long referralId, AssessmentSteps.Authorisation authorisation);
}
