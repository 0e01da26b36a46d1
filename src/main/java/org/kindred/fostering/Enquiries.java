package org.kindred.fostering;

import java.util.List;

/**
 * Enquiries from prospective foster carers through assessment to approval. Bad input throws
 * {@link org.kindred.shared.InvalidInput} naming the field and changes nothing; every change is audited.
 */
public interface Enquiries {
    /** From the public enquiry page: no one is signed in; the caller has checked the honeypot and the rate. */
    long receivePublic(NewEnquiry enquiry);

    /** Recorded by staff (a phone call, an event, an e-mail) or sent through the API. */
    Enquiry record(NewEnquiry enquiry);

    Enquiry find(long id);

    /** Open enquiries (not approved, withdrawn or refused) with their next clock, oldest first, or by stage. */
    List<Enquiry> open(Stage stage, int limit);

    Enquiry step(long id, EnquiryStep step);

    List<Campaign> campaigns();
}
