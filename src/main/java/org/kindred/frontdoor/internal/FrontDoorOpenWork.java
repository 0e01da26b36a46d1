package org.kindred.frontdoor.internal;

import java.time.LocalDate;
import java.util.List;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals that need a worker: no assessment started yet, or one not yet authorised. One item per child (the
 * earliest such referral, whose clock runs out first).
 */
@Component
class FrontDoorOpenWork implements OpenWorkSource {
    private final JdbcClient jdbc;

    FrontDoorOpenWork(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<WorkItem> openWork(LocalDate today) {
        return jdbc.sql("""
                select distinct on (r.child_id) r.child_id, r.referral_date, r.contact_id, a.id is null as waiting
                from referral r left join single_assessment a on a.referral_id = r.id and a.deleted_at is null
                where r.deleted_at is null and r.referral_date <= ? and (a.id is null or a.authorised_on is null)
                order by r.child_id, r.referral_date, r.id""")
                .params(today)
                .query((rs, n) -> new WorkItem(rs.getLong("child_id"),
                        rs.getBoolean("waiting") ? "Referral awaiting a single assessment" : "Single assessment in progress",
                        AssessmentDue.from(rs.getObject("referral_date", LocalDate.class)),
                        "/front-door/contacts/" + rs.getLong("contact_id")))
                .list();
    }
}
