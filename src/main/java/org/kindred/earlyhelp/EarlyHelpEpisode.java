package org.kindred.earlyhelp;

import java.time.LocalDate;
import java.util.List;

/**
 * An episode of early help for a household as pages and the API show it: names come from the register, and members
 * the user may not see are left out.
 */
public record EarlyHelpEpisode(long id, long childId, String familyName, List<Member> members, String leadProfessional,
                               AgencyType leadAgency, LocalDate startedOn, LocalDate assessmentDue,
                               LocalDate assessmentCompletedOn, String assessmentSummary, Long fromContactId,
                               String information, Long steppedUpContactId, LocalDate closedOn,
                               ClosureReason closureReason, String closureNote, List<Review> reviews, List<Goal> goals,
                               String createdBy) {

    public boolean open() { return closedOn == null; }

    /** True while the assessment is not done and its due day has passed. */
    public boolean assessmentOverdue(LocalDate today) {
        return assessmentCompletedOn == null && open() && today.isAfter(assessmentDue);
    }

    public record Member(long personId, String name, LocalDate dateOfBirth, boolean child, String relationship) {
    }

    /** A team around the family meeting. */
    public record Review(long id, LocalDate heldOn, String attendees, String summary, String by) {
    }

    public record Goal(long id, String goal, String by) {
    }
}
