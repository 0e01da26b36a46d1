package org.kindred.fostering.internal;

import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.TemporaryApproval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates a household at approval (or at a connected person's temporary approval), located on the grid. */
@Component
@RequiredArgsConstructor
class HouseholdWriter {
    private final JdbcClient jdbc;
    private final Distances distances;

    long approve(long enquiryId, String name, String postcode, ApprovalType type, int ageMin, int ageMax, int places,
                 LocalDate on, String by) {
        Optional<GridReference> g = distances.locate(postcode);
        return jdbc.sql("""
                insert into fostering_household (enquiry_id, name, postcode, easting, northing, approval_type, age_min,
                  age_max, places, approved_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(enquiryId, name, Distances.normalise(postcode), g.map(GridReference::easting).orElse(null),
                        g.map(GridReference::northing).orElse(null), type.name(), ageMin, ageMax, places, on, by)
                .query(Long.class).single();
    }

    long approveTemporarily(long enquiryId, String name, String postcode, long childId, int childAge, LocalDate on,
                            String by) {
        long id = approve(enquiryId, name, postcode, ApprovalType.CONNECTED_PERSON, childAge, childAge, 1, on, by);
        jdbc.sql("update fostering_household set temporary_until = ?, connected_child_id = ? where id = ?")
                .params(new TemporaryApproval(on, null).initialEnd(), childId, id).update();
        return id;
    }

    /** Full approval of a household temporarily approved: the temporary end no longer applies. */
    void confirm(long householdId, ApprovalType type, int ageMin, int ageMax, int places, LocalDate on) {
        jdbc.sql("""
                update fostering_household set approval_type = ?, age_min = ?, age_max = ?, places = ?, approved_on = ?,
                  temporary_until = null, extended_until = null where id = ?""")
                .params(type.name(), ageMin, ageMax, places, on, householdId).update();
    }
}
