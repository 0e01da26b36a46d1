package org.kindred.frontdoor.internal;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.AssessedReferral;
import org.kindred.frontdoor.AssessmentOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class JdbcAssessedReferrals implements AssessedReferral.Reader {
    private final JdbcClient jdbc;

    @Override
    public List<AssessedReferral> authorisedBetween(LocalDate from, LocalDate to, List<AssessmentOutcome> outcomes) {
        return jdbc.sql("""
                        select r.child_id, r.id, r.referral_date, a.authorised_on, a.outcome
                        from referral r join single_assessment a on a.referral_id = r.id and a.deleted_at is null
                        where r.deleted_at is null and a.authorised_on between ? and ? and a.outcome = any(?)
                        order by a.authorised_on, r.id""")
                .params(from, to, outcomes.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> new AssessedReferral(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        AssessmentOutcome.valueOf(rs.getString(5))))
                .list();
    }
}
