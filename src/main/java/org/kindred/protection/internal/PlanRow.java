package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CoreGroup;
import org.kindred.protection.FirstCoreGroupDue;
import org.kindred.protection.LaterReviewConferenceDue;
import org.kindred.protection.LongPlan;
import org.kindred.protection.RepeatPlan;

/** A plan as stored; its flags and due dates come from the rules, given the child's earlier plans and its reviews. */
record PlanRow(long id, long childId, LocalDate icpcDate, LocalDate startDate, boolean startsAtBirth,
               CategoryOfAbuse initialCategory, CategoryOfAbuse latestCategory, LocalDate endDate, String endReason,
               Instant createdAt, String createdBy) {

    static PlanRow map(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("icpc_date", LocalDate.class),
                rs.getObject("start_date", LocalDate.class), rs.getBoolean("starts_at_birth"),
                CategoryOfAbuse.from(rs.getString("initial_category")).orElseThrow(),
                CategoryOfAbuse.from(rs.getString("latest_category")).orElseThrow(),
                rs.getObject("end_date", LocalDate.class), rs.getString("end_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    /**
     * @param earlier the child's plans before this one
     * @param latestCoreGroup the plan's latest core group meeting, or null
     * @param dateOfBirth the child's date of birth, if known: an unborn child's plan starts on it
     */
    ChildProtectionPlan toPlan(List<PlanRow> earlier, List<LocalDate> reviews, CoreGroup latestCoreGroup,
                               LocalDate dateOfBirth, LocalDate today) {
        LocalDate start = startDate != null ? startDate : (startsAtBirth ? dateOfBirth : null);
        LocalDate latestReview = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        return new ChildProtectionPlan(id, childId, icpcDate, start, startsAtBirth, initialCategory, latestCategory,
                endDate, endReason, earlier.size(), RepeatPlan.isRepeat(earlier.stream().map(PlanRow::icpcDate).toList()),
                RepeatPlan.withinTwoYears(start != null ? start : icpcDate,
                        earlier.stream().map(PlanRow::endDate).toList()),
                LongPlan.isLong(start, endDate, today), FirstCoreGroupDue.from(icpcDate),
                endDate == null ? FirstCoreGroupDue.next(icpcDate, latestCoreGroup != null,
                        latestCoreGroup == null ? null : latestCoreGroup.nextDue()) : null, List.copyOf(reviews),
                endDate == null ? LaterReviewConferenceDue.next(icpcDate, latestReview) : null, createdAt, createdBy);
    }
}
