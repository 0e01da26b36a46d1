package org.kindred.fostering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import org.kindred.fostering.PlacementNeeds;
import org.kindred.fostering.PlacementRequest;

final class RequestRows {
    static final String SELECT = """
            select r.*, h.name as household_name, p.well_matched from placement_request r
            left join fostering_household h on h.id = r.chosen_household_id
            left join fostering_household_placement p on p.request_id = r.id""";

    private RequestRows() {
    }

    static PlacementNeeds needs(ResultSet rs) throws SQLException {
        LocalDate neededBy = rs.getDate("needed_by").toLocalDate();
        int age = Math.max(0, Period.between(rs.getDate("child_born_on").toLocalDate(), neededBy).getYears());
        return new PlacementNeeds(rs.getLong("child_id"), age, rs.getInt("siblings"), rs.getString("school_postcode"),
                rs.getString("family_postcode"), rs.getInt("max_km"), rs.getBoolean("disability"), rs.getString("religion"),
                rs.getString("language"), rs.getString("culture"), rs.getBoolean("only_child"),
                rs.getBoolean("no_younger_children"), rs.getBoolean("no_pets"), rs.getBoolean("emergency"), neededBy);
    }

    static PlacementRequest request(ResultSet rs, String childName) throws SQLException {
        long chosen = rs.getLong("chosen_household_id");
        Long chosenId = rs.wasNull() ? null : chosen;
        boolean well = rs.getBoolean("well_matched");
        Boolean wellMatched = rs.wasNull() ? null : well;
        return new PlacementRequest(rs.getLong("id"), rs.getLong("child_id"), childName, needs(rs), rs.getString("status"),
                chosenId, rs.getString("household_name"), EnquiryRows.d(rs, "chosen_on"), wellMatched,
                rs.getString("external_kind"), rs.getString("external_outcome"), rs.getString("raised_by"));
    }
}
