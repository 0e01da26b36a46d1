package org.kindred.frontdoor;

import java.time.Instant;

/** Information the front door asked a partner agency for about a contact, and the answer once it came. */
public record InformationRequest(long id, long contactId, String agency, String question, Instant requestedAt,
                                 String requestedBy, String response, Instant respondedAt,
                                 String responseRecordedBy) {

    public boolean answered() { return respondedAt != null; }
}
