package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.CinPlanReviewSchedule;
import org.kindred.protection.CpVisitSchedule;
import org.kindred.protection.ProtectionDueItem;
import org.kindred.protection.DueKind;
import org.kindred.protection.FirstCoreGroupDue;
import org.kindred.protection.InitialConferenceDue;
import org.kindred.protection.LaterReviewConferenceDue;
import org.kindred.protection.ProtectionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One query returns the facts each clock starts from (open plans with their latest review, core group and visit;
 * enquiries awaiting a conference; open child in need plans); the rule classes then give the dates, so the rules
 * live in one place. The SQL filters by the same arithmetic only to keep the rows few.
 */
@Service
class JdbcProtectionDue implements ProtectionDue {
    private final JdbcClient jdbc;

    JdbcProtectionDue(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    @Transactional(readOnly = true)
    public List<ProtectionDueItem> dueBy(LocalDate horizon, Collection<Long> childIds, java.util.Set<DueKind> kinds) {
        var sql = jdbc.sql(DueSql.query(childIds != null, kinds)).param("h", horizon);
        if (childIds != null) sql = sql.param("ids", childIds.toArray(new Long[0]));
        List<ProtectionDueItem> items = new ArrayList<>();
        for (Fact f : sql.query(JdbcProtectionDue::fact).list()) {
            LocalDate due = f.due();
            if (due != null && !due.isAfter(horizon)) {
                items.add(new ProtectionDueItem(f.kind, f.childId, f.recordId, due, f.category));
            }
        }
        items.sort(Comparator.comparing(ProtectionDueItem::due).thenComparing(ProtectionDueItem::childId));
        return items;
    }

    private static Fact fact(ResultSet rs, int n) throws SQLException {
        String cat = rs.getString("category");
        return new Fact(DueKind.valueOf(rs.getString("kind")), rs.getLong("child_id"), rs.getLong("record_id"),
                rs.getObject("d1", LocalDate.class), rs.getObject("d2", LocalDate.class),
                rs.getObject("d3", LocalDate.class), cat == null ? null : CategoryOfAbuse.from(cat).orElse(null));
    }

    /** The dates a clock starts from, as the query found them. */
    private record Fact(DueKind kind, long childId, long recordId, LocalDate d1, LocalDate d2, LocalDate d3,
                        CategoryOfAbuse category) {
        LocalDate due() {
            switch (kind) {
                case INITIAL_CONFERENCE: return d1 != null ? d1 : InitialConferenceDue.from(d2);
                case REVIEW_CONFERENCE: return LaterReviewConferenceDue.next(d1, d2);
                case CORE_GROUP: return FirstCoreGroupDue.next(d1, d3 != null, d2);
                case VISIT: return CpVisitSchedule.nextDue(d1, d2);
                default: return CinPlanReviewSchedule.nextDue(d1, d2);
            }
        }
    }
}
