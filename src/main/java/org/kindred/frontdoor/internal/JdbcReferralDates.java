package org.kindred.frontdoor.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.ReferralDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class JdbcReferralDates implements ReferralDates.Reader {
    private final JdbcClient jdbc;

    @Override
    public ReferralDates forChildren(Collection<Long> childIds) {
        Map<Long, NavigableMap<LocalDate, Long>> byChild = new HashMap<>();
        // Ordered by id, so of two referrals on one day the later-recorded one wins, as ReReferral orders them.
        jdbc.sql("select child_id, referral_date, id from referral where child_id = any(?) and deleted_at is null"
                        + " order by id")
                .params((Object) childIds.toArray(new Long[0]))
                .query((rs, n) -> byChild.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .put(rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
        return new ReferralDates(byChild);
    }
}
