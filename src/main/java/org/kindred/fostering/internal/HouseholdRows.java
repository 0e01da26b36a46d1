package org.kindred.fostering.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.kindred.fostering.AnnualReviewDue;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.Household;
import org.kindred.fostering.TemporaryApproval;

/** Households read with the children placed there now (one query, grouped), as pages and matching need them. */
final class HouseholdRows {
    static final String SELECT = """
            select h.*, count(p.id) as placed, array_agg(p.child_born_on) filter (where p.id is not null) as placed_born
            from fostering_household h
            left join fostering_household_placement p on p.household_id = h.id and p.to_date is null""";
    static final String GROUP = " group by h.id";

    private HouseholdRows() {
    }

    static Household household(ResultSet rs, LocalDate today, List<Household.Member> members,
                               List<Household.Placed> placements) throws SQLException {
        int placed = rs.getInt("placed");
        int places = rs.getInt("places");
        LocalDate approved = EnquiryRows.d(rs, "approved_on");
        LocalDate temporary = EnquiryRows.d(rs, "temporary_until");
        LocalDate extended = EnquiryRows.d(rs, "extended_until");
        LocalDate deregistered = EnquiryRows.d(rs, "deregistered_on");
        String alert = null;
        if (temporary != null && deregistered == null) {
            TemporaryApproval t = new TemporaryApproval(temporary.minusWeeks(TemporaryApproval.WEEKS), extended);
            alert = t.alertOn(today).text();
        }
        long connected = rs.getLong("connected_child_id");
        return new Household(rs.getLong("id"), rs.getString("name"), rs.getString("postcode"),
                ApprovalType.valueOf(rs.getString("approval_type")), rs.getInt("age_min"), rs.getInt("age_max"), places,
                placed, deregistered != null ? 0 : Math.max(0, places - placed), approved, temporary, extended,
                rs.wasNull() ? null : connected, alert, rs.getString("supervising_worker"),
                EnquiryRows.d(rs, "last_review_on"), AnnualReviewDue.from(approved, EnquiryRows.d(rs, "last_review_on")),
                EnquiryRows.d(rs, "dbs_renewed_on"), rs.getBoolean("accepts_emergency"),
                rs.getBoolean("disability_experience"), rs.getBoolean("pets"), rs.getString("religion"),
                rs.getString("languages"), rs.getString("culture"), deregistered, rs.getString("deregistered_reason"),
                members, placements);
    }

    static Candidate candidate(ResultSet rs, LocalDate on) throws SQLException {
        List<Integer> ages = new ArrayList<>();
        Array born = rs.getArray("placed_born");
        if (born != null) {
            for (Object o : (Object[]) born.getArray()) {
                ages.add(o == null ? 0 : Period.between(((java.sql.Date) o).toLocalDate(), on).getYears());
            }
        }
        int east = rs.getInt("easting");
        GridReference grid = rs.wasNull() ? null : new GridReference(east, rs.getInt("northing"));
        long connected = rs.getLong("connected_child_id");
        Long connectedId = rs.wasNull() ? null : connected;
        LocalDate temporary = EnquiryRows.d(rs, "temporary_until");
        LocalDate extended = EnquiryRows.d(rs, "extended_until");
        int own = rs.getInt("youngest_own_child_age");
        Integer ownAge = rs.wasNull() ? null : own;
        return new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("postcode"), grid,
                ApprovalType.valueOf(rs.getString("approval_type")), rs.getInt("age_min"), rs.getInt("age_max"),
                rs.getInt("places"), ages, connectedId, extended != null ? extended : temporary,
                rs.getBoolean("accepts_emergency"), rs.getBoolean("disability_experience"), rs.getBoolean("pets"),
                ownAge, rs.getString("religion"), rs.getString("languages"), rs.getString("culture"));
    }
}
