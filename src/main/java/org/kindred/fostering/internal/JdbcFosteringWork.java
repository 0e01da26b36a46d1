package org.kindred.fostering.internal;

import java.time.LocalDate;
import org.kindred.fostering.FirstResponseDue;
import org.kindred.fostering.DecisionDue;
import org.kindred.fostering.FosteringWork;
import org.kindred.fostering.TemporaryApproval;
import org.kindred.shared.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts for the home page in one query. The clocks' rules give the cut-off dates (an enquiry received on or before
 * the last day whose first response is now due is late), so the SQL compares dates and never re-implements the calendar.
 */
@Service
class JdbcFosteringWork implements FosteringWork {
    private final JdbcClient jdbc;

    JdbcFosteringWork(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public Summary summary(LocalDate today) {
        WorkingDays days = WorkingDays.england();
        // the latest receipt day whose response was due before today, and the latest panel day whose decision was
        LocalDate responseCutoff = latestStart(today, FirstResponseDue.WORKING_DAYS, days);
        LocalDate panelCutoff = latestStart(today, DecisionDue.WORKING_DAYS, days);
        return jdbc.sql("""
                select
                  (select count(*) from fostering_enquiry where approved_on is null and closed_on is null),
                  (select count(*) from fostering_enquiry where approved_on is null and closed_on is null
                     and first_response_on is null and received_on <= ?),
                  (select count(*) from fostering_enquiry where closed_on is null and panel_on is not null
                     and decision_on is null and panel_on <= ?),
                  (select count(*) from fostering_household where deregistered_on is null and temporary_until is not null
                     and coalesce(extended_until, temporary_until) <= ?),
                  (select count(*) from fostering_household where deregistered_on is null
                     and greatest(approved_on, coalesce(last_review_on, approved_on)) < ?::date - interval '1 year'),
                  (select count(*) from placement_request where status = 'OPEN')""")
                .params(responseCutoff, panelCutoff, today.plusDays(TemporaryApproval.ALERT_DAYS), today)
                .query((rs, i) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))).single();
    }

    /** The latest day d with d + n working days before today. */
    static LocalDate latestStart(LocalDate today, int n, WorkingDays days) {
        LocalDate d = today.minusDays(1);
        while (!days.plusWorkingDays(d, n).isBefore(today)) d = d.minusDays(1);
        return d;
    }
}
