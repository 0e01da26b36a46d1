package org.kindred.frontdoor.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kindred.frontdoor.AssessmentFactor;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.FrontDoorFacts;
import org.kindred.frontdoor.PrimaryNeed;
import org.kindred.frontdoor.ReferralSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Component;

/** The front door's facts for the returns, one query each over every child. */
@Component
class JdbcFrontDoorFacts implements FrontDoorFacts {
    private static final ZoneId UK = UkTime.ZONE;
    private final JdbcClient jdbc;

    JdbcFrontDoorFacts(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<ContactReceived> contactsReceived(LocalDate from, LocalDate to) {
        return jdbc.sql("select c.child_id, " + FrontDoorSql.CONTACT_DAY + " as received_on, c.source from "
                        + FrontDoorSql.CONTACTS + " and c.received_at >= :from and c.received_at < :until"
                        + " order by c.received_at, c.id")
                .param("from", from.atStartOfDay(UK).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(UK).toOffsetDateTime())
                .query((rs, n) -> new ContactReceived(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        ReferralSource.fromCode(rs.getString(3)).orElse(null)))
                .list();
    }

    @Override
    public List<ContactAbout> steppedDown(LocalDate from, LocalDate to) {
        return about("decided_at", "decision = 'EARLY_HELP'", from, to);
    }

    @Override
    public List<ContactAbout> fromEarlyHelp(LocalDate from, LocalDate to) {
        return about("received_at", "source = '5D'", from, to);
    }

    private List<ContactAbout> about(String at, String where, LocalDate from, LocalDate to) {
        return jdbc.sql("select id, child_id, (" + at + " at time zone 'Europe/London')::date, source, worry"
                        + " from contact where deleted_at is null and " + where
                        + " and " + at + " >= :from and " + at + " < :until order by " + at + ", id")
                .param("from", from.atStartOfDay(UK).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(UK).toOffsetDateTime())
                .query((rs, n) -> new ContactAbout(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        ReferralSource.fromCode(rs.getString(4)).orElse(null), rs.getString(5)))
                .list();
    }

    @Override
    public List<ReferralMade> referralsOpenIn(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.id, r.child_id, r.referral_date, r.source, r.primary_need, a.id as assessment_id, a.started_on,
                       a.authorised_on, a.factors, a.outcome
                from referral r left join single_assessment a on a.referral_id = r.id and a.deleted_at is null
                where r.deleted_at is null and r.referral_date <= ?
                  and not coalesce(a.outcome in ('NO_FURTHER_ACTION', 'EARLY_HELP') and a.authorised_on < ?, false)
                order by r.child_id, r.referral_date, r.id""")
                .params(to, from)
                .query((rs, n) -> referral(rs)).list();
    }

    private static ReferralMade referral(ResultSet rs) throws SQLException {
        long assessmentId = rs.getLong("assessment_id");
        AssessmentDone assessment = rs.wasNull() ? null : new AssessmentDone(assessmentId,
                rs.getObject("started_on", LocalDate.class), rs.getObject("authorised_on", LocalDate.class),
                factors(rs.getArray("factors")),
                rs.getString("outcome") == null ? null : AssessmentOutcome.valueOf(rs.getString("outcome")));
        return new ReferralMade(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("referral_date", LocalDate.class),
                ReferralSource.fromCode(rs.getString("source")).orElse(null),
                PrimaryNeed.fromCode(rs.getString("primary_need")).orElse(null), assessment);
    }

    private static List<AssessmentFactor> factors(Array array) throws SQLException {
        List<AssessmentFactor> factors = new ArrayList<>();
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                AssessmentFactor.fromCode(String.valueOf(code)).ifPresent(factors::add);
            }
        }
        return factors;
    }
}
