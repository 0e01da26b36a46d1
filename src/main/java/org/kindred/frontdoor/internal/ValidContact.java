package org.kindred.frontdoor.internal;

import java.time.Instant;
import org.kindred.frontdoor.Consent;
import org.kindred.frontdoor.ReferralSource;

/** A contact that passed its checks, ready to store. */
record ValidContact(ReferralSource source, Instant receivedAt, String worry, Consent consent, String attachments,
                    boolean urgent) {
}
