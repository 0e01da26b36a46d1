package org.kindred.frontdoor;

import java.time.LocalDate;
import java.util.List;

/**
 * What the front door recorded, read-only and set-based for the statutory returns and Ofsted's Annex A: one query per
 * call for every child, typed (dates, the front door's own code lists). How a return codes and formats these is the
 * returns module's business, not this one's. A system read for a return that is audited as a whole.
 */
public interface FrontDoorFacts {

    /** Contacts received from {@code from} to {@code to} (UK dates, both included), in the order received. */
    List<ContactReceived> contactsReceived(LocalDate from, LocalDate to);

    /**
     * Referrals made on or before {@code to} that were still open on {@code from}: not closed before it by an
     * authorised assessment ending in no further action or early help. Ordered by child, referral date and id.
     */
    List<ReferralMade> referralsOpenIn(LocalDate from, LocalDate to);

    /** Contacts decided "early help" from {@code from} to {@code to} (UK dates), by the day decided. */
    List<ContactAbout> steppedDown(LocalDate from, LocalDate to);

    /** Contacts received from {@code from} to {@code to} from the authority's early help service (5D): step-ups. */
    List<ContactAbout> fromEarlyHelp(LocalDate from, LocalDate to);

    /** A contact with its id and what it said; {@code on} is the day it was decided or received, as asked. */
    record ContactAbout(long contactId, long childId, LocalDate on, ReferralSource source, String worry) {
    }

    /** A contact: the child it was about, the day it came in (UK time), and who made it. */
    record ContactReceived(long childId, LocalDate on, ReferralSource source) {
    }

    /** A referral with its single assessment, if one was started (null otherwise). */
    record ReferralMade(long id, long childId, LocalDate referred, ReferralSource source, PrimaryNeed primaryNeed,
                        AssessmentDone assessment) {
    }

    /** A single assessment: authorised and outcome are null until it is authorised. */
    record AssessmentDone(long id, LocalDate started, LocalDate authorised, List<AssessmentFactor> factors,
                          AssessmentOutcome outcome) {
    }
}
