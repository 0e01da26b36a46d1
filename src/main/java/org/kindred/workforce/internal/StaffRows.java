package org.kindred.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kindred.workforce.EmploymentType;
import org.kindred.workforce.LeavingReason;
import org.kindred.workforce.StaffMember;
import org.kindred.workforce.StaffRole;

/** Reading employment rows: one select, one mapper. */
final class StaffRows {
    static final String SELECT = """
            select id, user_id, username, display_name, team, employment_type, staff_role, grade, fte, start_date,
                   leaving_date, leaving_reason, swe_number, swe_renewal, qualification_institution, agency_name,
                   agency_day_rate_pence, contract_end
            from workforce_employment""";

    private StaffRows() {
    }

    static StaffMember map(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("leaving_reason");
        long rate = rs.getLong("agency_day_rate_pence");
        Long ratePence = rs.wasNull() ? null : rate;
        return new StaffMember(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("team"),
                EmploymentType.valueOf(rs.getString("employment_type")), StaffRole.valueOf(rs.getString("staff_role")),
                rs.getString("grade"), rs.getBigDecimal("fte"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("leaving_date", LocalDate.class), reason == null ? null : LeavingReason.valueOf(reason),
                rs.getString("swe_number"), rs.getObject("swe_renewal", LocalDate.class),
                rs.getString("qualification_institution"), rs.getString("agency_name"), ratePence,
                rs.getObject("contract_end", LocalDate.class));
    }
}
