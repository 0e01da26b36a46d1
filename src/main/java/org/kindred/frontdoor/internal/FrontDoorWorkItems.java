package org.kindred.frontdoor.internal;

import org.kindred.shared.time.UkTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the front door has due for a set of children: single assessments not yet authorised (45 working days from the
 * referral) and contacts still awaiting a decision (one working day). One query for both.
 */
@Component
class FrontDoorWorkItems implements WorkItemSource {
    private final JdbcClient jdbc;

    FrontDoorWorkItems(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        if (childIds.isEmpty()) return List.of();
        Long[] ids = childIds.toArray(new Long[0]);
        return jdbc.sql("""
                select a.child_id, r.referral_date as day, null::timestamptz as received_at, r.contact_id,
                       a.outcome is not null as concluded
                from single_assessment a join referral r on r.id = a.referral_id
                where a.child_id = any(?) and a.deleted_at is null and a.authorised_on is null and r.referral_date <= ?
                union all
                select c.child_id, null, c.received_at, c.id, false from contact c
                where c.child_id = any(?) and c.decision is null and c.deleted_at is null and c.received_at <= ?""")
                .params(ids, horizon, ids, Timestamp.from(horizon.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()))
                .query((rs, n) -> {
                    long child = rs.getLong("child_id");
                    String link = "/front-door/contacts/" + rs.getLong("contact_id");
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    if (day != null) {
                        return new WorkItem(child, rs.getBoolean("concluded") ? "Authorise the single assessment"
                                : "Complete the single assessment", AssessmentDue.from(day), link);
                    }
                    LocalDate due = ContactDecisionDue.due(rs.getTimestamp("received_at").toInstant())
                            .atZone(UkTime.ZONE).toLocalDate();
                    return new WorkItem(child, "Decide on the contact", due, link);
                }).list().stream().filter(Objects::nonNull).filter(i -> !i.due().isAfter(horizon)).toList();
    }
}
