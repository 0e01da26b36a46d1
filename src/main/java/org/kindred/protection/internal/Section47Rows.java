package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kindred.protection.InitialConferenceDue;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.Section47Outcome;

/** Reads a section 47 enquiry; whether its ICPC is late is judged against today. */
final class Section47Rows {
    static final String SELECT = "select * from section47_enquiry where deleted_at is null";

    private Section47Rows() {
    }

    static Section47Enquiry map(ResultSet rs, LocalDate today) throws SQLException {
        String outcome = rs.getString("outcome");
        Section47Outcome o = outcome == null ? null : Section47Outcome.valueOf(outcome);
        LocalDate strategyOn = rs.getObject("strategy_on", LocalDate.class);
        LocalDate icpc = rs.getObject("icpc_date", LocalDate.class);
        boolean waiting = o == null || o == Section47Outcome.CONFERENCE_NEEDED;
        return new Section47Enquiry(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("strategy_discussion_id"),
                rs.getObject("start_date", LocalDate.class), strategyOn, rs.getObject("icpc_target", LocalDate.class),
                rs.getObject("child_seen_on", LocalDate.class), o, rs.getObject("outcome_on", LocalDate.class),
                o == null ? null : o.icpcNotRequired(), icpc,
                waiting && InitialConferenceDue.late(strategyOn, icpc, today),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
