package org.kindred.fostering;

import java.time.LocalDate;
import java.util.List;

/**
 * A fostering household: its terms of approval, who lives there, the children placed and its vacancies (approved
 * places minus children placed; none for a deregistered household). A connected person's temporary approval carries
 * its end and alert (reg. 24/25); {@code reviewDue} is the annual review (reg. 28).
 */
public record Household(long id, String name, String postcode, ApprovalType approvalType, int ageMin, int ageMax,
                        int places, int placed, int vacancies, LocalDate approvedOn, LocalDate temporaryUntil,
                        LocalDate extendedUntil, Long connectedChildId, String temporaryAlert,
                        String supervisingWorker, LocalDate lastReviewOn, LocalDate reviewDue, LocalDate dbsRenewedOn,
                        boolean acceptsEmergency, boolean disabilityExperience, boolean pets, String religion,
                        String languages, String culture, LocalDate deregisteredOn, String deregisteredReason,
                        List<Member> members, List<Placed> placements) {
    public record Member(String name, String relationship, LocalDate bornOn) {
    }

    public record Placed(long childId, LocalDate from, Long requestId) {
    }
}
