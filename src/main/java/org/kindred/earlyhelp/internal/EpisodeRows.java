package org.kindred.earlyhelp.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.kindred.earlyhelp.AgencyType;
import org.kindred.earlyhelp.ClosureReason;
import org.kindred.earlyhelp.EarlyHelpEpisode;
import org.kindred.earlyhelp.EarlyHelpEpisode.Goal;
import org.kindred.earlyhelp.EarlyHelpEpisode.Member;
import org.kindred.earlyhelp.EarlyHelpEpisode.Review;

/** Maps an episode row; members, reviews and goals are added by the caller. */
final class EpisodeRows {
    static final String SELECT = "select * from early_help_episode e ";

    private EpisodeRows() {
    }

    static EarlyHelpEpisode map(ResultSet rs, int n) throws SQLException {
        return new EarlyHelpEpisode(rs.getLong("id"), rs.getLong("child_id"), rs.getString("family_name"), List.of(),
                rs.getString("lead_professional"), agency(rs.getString("lead_agency")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("assessment_due", LocalDate.class),
                rs.getObject("assessment_completed_on", LocalDate.class), rs.getString("assessment_summary"),
                (Long) rs.getObject("from_contact_id"), rs.getString("information"),
                (Long) rs.getObject("stepped_up_contact_id"), rs.getObject("closed_on", LocalDate.class),
                rs.getString("closure_reason") == null ? null : ClosureReason.valueOf(rs.getString("closure_reason")),
                rs.getString("closure_note"), List.of(), List.of(), rs.getString("created_by"));
    }

    static AgencyType agency(String name) { return name == null ? null : AgencyType.valueOf(name); }

    static EarlyHelpEpisode with(EarlyHelpEpisode e, List<Member> members, List<Review> reviews, List<Goal> goals) {
        return new EarlyHelpEpisode(e.id(), e.childId(), e.familyName(), members, e.leadProfessional(), e.leadAgency(),
                e.startedOn(), e.assessmentDue(), e.assessmentCompletedOn(), e.assessmentSummary(), e.fromContactId(),
                e.information(), e.steppedUpContactId(), e.closedOn(), e.closureReason(), e.closureNote(), reviews,
                goals, e.createdBy());
    }
}
