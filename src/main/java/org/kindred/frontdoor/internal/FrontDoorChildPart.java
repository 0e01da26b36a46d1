package org.kindred.frontdoor.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.ReReferral;
import org.kindred.shared.childpage.ChildFact;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The child's page: the alert when the child's latest referral, in the last 12 months, was a re-referral (another
 * referral within the 12 months before it: {@link ReReferral}).
 */
@Component
@RequiredArgsConstructor
class FrontDoorChildPart implements ChildPageSource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private final JdbcClient jdbc;

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        List<LocalDate> latest = jdbc.sql("""
                select referral_date from referral where child_id = ? and deleted_at is null
                order by referral_date desc, id desc limit 2""").param(childId).query(LocalDate.class).list();
        if (latest.size() < 2 || latest.get(0).isBefore(today.minusMonths(12))
                || !ReReferral.isReReferral(latest.get(0), List.of(latest.get(1)))) {
            return Optional.empty();
        }
        return Optional.of(ChildPagePart.facts(40, List.of(), List.of(ChildFact.flag("Re-referral",
                "Referred on " + DAY.format(latest.get(0)) + ", within 12 months of the referral on "
                        + DAY.format(latest.get(1)), "/front-door/children/" + childId + "/referrals")), List.of()));
    }
}
