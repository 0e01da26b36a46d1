package org.kindred.earlyhelp.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kindred.earlyhelp.Intervention;
import org.kindred.earlyhelp.InterventionReferral;
import org.kindred.earlyhelp.ReferralSource;
import org.kindred.earlyhelp.ReferralStatus;
import org.kindred.person.Person;

/** Maps a referral row; the child's name is added from the register. */
final class ReferralRows {
    static final String SELECT = "select * from intervention_referral r ";

    private ReferralRows() {
    }

    static InterventionReferral map(ResultSet rs, int n) throws SQLException {
        return new InterventionReferral(rs.getLong("id"), Intervention.valueOf(rs.getString("service")),
                rs.getLong("child_id"), null, null, (Long) rs.getObject("episode_id"),
                ReferralSource.valueOf(rs.getString("source")), d(rs, "referred_on"), rs.getString("reason"),
                ReferralStatus.valueOf(rs.getString("status")), d(rs, "accepted_on"), d(rs, "declined_on"),
                d(rs, "started_on"), d(rs, "ended_on"), rs.getString("status_reason"),
                (Boolean) rs.getObject("living_at_home"), (Boolean) rs.getObject("in_education"),
                (Boolean) rs.getObject("no_new_offences"), (Integer) rs.getObject("goal_score_start"),
                (Integer) rs.getObject("goal_score_end"), (Long) rs.getObject("protection_fgc_id"));
    }

    static InterventionReferral named(InterventionReferral r, Person p) {
        return new InterventionReferral(r.id(), r.service(), r.childId(), p.fullName(), p.dateOfBirth(), r.episodeId(),
                r.source(), r.referredOn(), r.reason(), r.status(), r.acceptedOn(), r.declinedOn(), r.startedOn(),
                r.endedOn(), r.statusReason(), r.livingAtHome(), r.inEducation(), r.noNewOffences(), r.goalScoreStart(),
                r.goalScoreEnd(), r.protectionFgcId());
    }

    private static LocalDate d(ResultSet rs, String c) throws SQLException { return rs.getObject(c, LocalDate.class); }
}
