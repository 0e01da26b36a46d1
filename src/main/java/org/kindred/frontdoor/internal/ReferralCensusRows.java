package org.kindred.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.returns.ReturnContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The front door's part of the CIN census: one CINdetails row per referral (CINdetailsID = referral id) open at any
 * time in the collection year (1 April to 31 March: referred on or before 31 March and not closed before 1 April),
 * and its single assessment when one was open in the year (started by 31 March, not authorised before 1 April).
 * The episode closes when the authorised assessment ended in no further action (RC8) or early help (RC9); other
 * outcomes leave it open for the work that follows. Every referral here went on to an assessment, so ReferralNFA
 * is 0 ("referral with no further action" means closed at the referral itself, which the front door's decision
 * covers before any referral is made).
 */
@Component
class ReferralCensusRows implements ReturnContributor {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final JdbcClient jdbc;

    ReferralCensusRows(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public String returnName() { return "cin"; }

    @Override
    public void contribute(int year, Rows rows) {
        LocalDate start = LocalDate.of(year - 1, 4, 1);
        LocalDate end = LocalDate.of(year, 3, 31);
        jdbc.sql("""
                select r.id, r.child_id, r.referral_date, r.source, r.primary_need, a.id as assessment_id, a.started_on,
                       a.authorised_on, array_to_string(a.factors, ',') as factors, a.outcome
                from referral r left join single_assessment a on a.referral_id = r.id and a.deleted_at is null
                where r.deleted_at is null and r.referral_date <= ?
                  and not coalesce(a.outcome in ('NO_FURTHER_ACTION', 'EARLY_HELP') and a.authorised_on < ?, false)
                order by r.child_id, r.referral_date, r.id""")
                .params(end, start)
                // A row callback: Spring moves to each row itself (a loop on rs.next() here lost the first referral).
                .query((ResultSet rs) -> add(rs, start, end, rows));
    }

    private static void add(ResultSet rs, LocalDate start, LocalDate end, Rows rows) throws SQLException {
        String child = Long.toString(rs.getLong("child_id"));
        String id = Long.toString(rs.getLong("id"));
        String outcome = rs.getString("outcome");
        LocalDate authorised = rs.getObject("authorised_on", LocalDate.class);
        String reason = outcome == null ? null : AssessmentOutcome.valueOf(outcome).closureReason();
        boolean closed = reason != null && authorised != null && !authorised.isAfter(end);
        Map<String, String> cin = new LinkedHashMap<>();
        cin.put("LAchildID", child);
        cin.put("CINdetailsID", id);
        cin.put("CINreferralDate", DAY.format(rs.getObject("referral_date", LocalDate.class)));
        cin.put("ReferralSource", rs.getString("source"));
        cin.put("PrimaryNeedCode", rs.getString("primary_need"));
        cin.put("CINclosureDate", closed ? DAY.format(authorised) : null);
        cin.put("ReasonForClosure", closed ? reason : null);
        cin.put("DateOfInitialCPC", null);
        cin.put("ReferralNFA", "0");
        rows.add("CINdetails", cin);
        LocalDate started = rs.getObject("started_on", LocalDate.class);
        if (started == null || started.isAfter(end) || (authorised != null && authorised.isBefore(start))) return;
        Map<String, String> a = new LinkedHashMap<>();
        a.put("LAchildID", child);
        a.put("CINdetailsID", id);
        a.put("AssessmentID", Long.toString(rs.getLong("assessment_id")));
        a.put("AssessmentActualStartDate", DAY.format(started));
        a.put("AssessmentInternalReviewDate", null);
        a.put("AssessmentAuthorisationDate", authorised == null || authorised.isAfter(end) ? null : DAY.format(authorised));
        a.put("AssessmentFactors", authorised == null || authorised.isAfter(end) ? null : rs.getString("factors"));
        rows.add("Assessments", a);
    }
}
