package org.kindred.frontdoor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.PrimaryNeed;
import org.kindred.frontdoor.ReReferral;
import org.kindred.frontdoor.Referral;
import org.kindred.frontdoor.Referrals;
import org.kindred.person.People;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcReferrals implements Referrals {
    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;

    @Override
    @Transactional
    public Optional<Referral> find(long id) {
        Optional<Row> row = jdbc.sql("select * from referral where id = ? and deleted_at is null").params(id)
                .query(JdbcReferrals::row).optional()
                .filter(r -> people.find(r.childId()).isPresent());
        Optional<Referral> referral = row.map(r -> {
            List<Row> all = rows(r.childId());
            return r.toReferral(all.subList(0, all.indexOf(r)));
        });
        events.publishEvent(AuditableAction.view("referral", id, referral.isPresent()));
        return referral;
    }

    @Override
    @Transactional
    public List<Referral> forChild(long childId) {
        List<Referral> result = new ArrayList<>();
        if (people.find(childId).isPresent()) {
            List<Row> all = rows(childId);
            for (int i = 0; i < all.size(); i++) {
                result.add(0, all.get(i).toReferral(all.subList(0, i)));
            }
        }
        events.publishEvent(new AuditableAction("LIST", "referral", null, "child " + childId + ", "
                + result.size() + " shown"));
        return result;
    }

    /** The child's referrals in the order they happened: by date, then as recorded. */
    private List<Row> rows(long childId) {
        return jdbc.sql("select * from referral where child_id = ? and deleted_at is null order by referral_date, id")
                .params(childId).query(JdbcReferrals::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("child_id"),
                rs.getObject("referral_date", LocalDate.class), rs.getString("source"),
                PrimaryNeed.valueOf(rs.getString("primary_need")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    private record Row(long id, long contactId, long childId, LocalDate date, String source, PrimaryNeed need,
                       java.time.Instant createdAt, String createdBy) {
        Referral toReferral(List<Row> earlier) {
            boolean again = ReReferral.isReReferral(date, earlier.stream().map(Row::date).toList());
            return new Referral(id, contactId, childId, date, source, need, need.label(), again,
                    AssessmentDue.from(date), createdAt, createdBy);
        }
    }
}
