package org.kindred.fostering;

import java.time.LocalDate;

/**
 * A step recorded on an enquiry. {@code recommendation} (panel) and {@code approve} (decision) are APPROVE/true to
 * approve; a decision to approve carries the terms ({@code approvalType}, {@code ageMin}, {@code ageMax},
 * {@code places}) and the household's {@code householdName}; a withdrawal, refusal or decision not to approve
 * carries a {@code reason}. A temporary approval names the {@code childId} it is for.
 */
public record EnquiryStep(String step, LocalDate date, String recommendation, Boolean approve, String reason,
                          String approvalType, Integer ageMin, Integer ageMax, Integer places, String householdName,
                          Long childId) {
    public static EnquiryStep on(String step, LocalDate date) {
        return new EnquiryStep(step, date, null, null, null, null, null, null, null, null, null);
    }
}
