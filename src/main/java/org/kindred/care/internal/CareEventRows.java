package org.kindred.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.kindred.care.Coded;
import org.kindred.care.CareEvent;
import org.kindred.care.CareEventKind;
import org.kindred.care.CategoryOfNeed;
import org.kindred.care.LegalStatus;
import org.kindred.care.Placement;
import org.kindred.care.PlacementChangeReason;
import org.kindred.care.PlacementProvider;
import org.kindred.care.PlacementType;
import org.kindred.care.ReasonCeased;
import org.kindred.care.RecordedCareEvent;

/** Reads care_event rows; codes are stored as the SSDA903 codes. */
final class CareEventRows {
    static final String SELECT = """
            select id, kind, event_date, legal_status, category_of_need, placement_type, placement_provider,
                   placement_postcode, placement_urn, planned, same_carer, placement_change_reason, reason_ceased, created_by, created_at
            from care_event where child_id = :child and deleted_at is null order by event_date, id""";

    private CareEventRows() {
    }

    static RecordedCareEvent map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("placement_type");
        Placement placement = type == null ? null : new Placement(Coded.fromCode(PlacementType.class, type).orElseThrow(),
                Coded.fromCode(PlacementProvider.class, rs.getString("placement_provider")).orElse(null), rs.getString("placement_postcode"),
                rs.getString("placement_urn"));
        CareEvent e = new CareEvent(rs.getLong("id"), CareEventKind.valueOf(rs.getString("kind")),
                rs.getObject("event_date", java.time.LocalDate.class),
                Coded.fromCode(LegalStatus.class, rs.getString("legal_status")).orElse(null),
                Coded.fromCode(CategoryOfNeed.class, rs.getString("category_of_need")).orElse(null), placement,
                (Boolean) rs.getObject("planned"), rs.getBoolean("same_carer"),
                Coded.fromCode(PlacementChangeReason.class, rs.getString("placement_change_reason")).orElse(null),
                Coded.fromCode(ReasonCeased.class, rs.getString("reason_ceased")).orElse(null));
        return new RecordedCareEvent(e.id(), e, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    static String code(org.kindred.care.Coded c) {
        return c == null ? null : c.code();
    }
}
