package org.kindred.fostering;

import java.time.LocalDate;

/**
 * An enquiry from someone thinking of fostering. The campaign is named by its link code, or by "how did you hear
 * of us" when there is no code. {@code source}: PHONE, EVENT, EMAIL or API for staff; the public page sets PUBLIC.
 * {@code receivedOn} defaults to today.
 */
public record NewEnquiry(String name, String email, String phone, String postcode, String campaignCode,
                         String heardVia, String source, Boolean consentToContact, Boolean connectedPerson,
                         LocalDate receivedOn) {
}
