package org.kindred.person.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.kindred.person.Address;
import org.kindred.person.Ethnicity;
import org.kindred.person.Person;
import org.kindred.person.PersonKind;
import org.kindred.person.Sex;

/** Reads a person from the register's tables; the SQL selects the current address beside the person. */
final class PersonRows {
    static final String SELECT = """
            select p.*, a.line1, a.line2, a.town, a.postcode
            from person p
            left join lateral (select line1, line2, town, postcode from person_address pa
                               where pa.person_id = p.id and pa.to_date is null
                               order by pa.from_date desc nulls last, pa.id desc limit 1) a on true
            """;

    /** Restricted records exist only for administrators and users granted access. */
    static final String VISIBLE = """
            p.deleted_at is null and (not p.restricted or :admin
                 or exists (select 1 from person_access_grant g where g.person_id = p.id and g.user_id = :uid))""";

    /** Lists and search leave out a record merged into another (its page still says where it went). */
    static final String LISTED = """
            not exists (select 1 from person_merge m where m.merged_id = p.id and m.unmerged_at is null)""";

    private PersonRows() {
    }

    static Person map(ResultSet rs, int n) throws SQLException {
        String postcode = rs.getString("postcode");
        Address address = postcode == null ? null
                : new Address(rs.getString("line1"), rs.getString("line2"), rs.getString("town"), postcode);
        String ethnicity = rs.getString("ethnicity");
        return new Person(rs.getLong("id"), PersonKind.valueOf(rs.getString("kind")), rs.getString("given_names"),
                rs.getString("family_name"), date(rs.getDate("date_of_birth")),
                date(rs.getDate("expected_date_of_birth")), Sex.valueOf(rs.getString("sex")),
                ethnicity == null ? null : Ethnicity.valueOf(ethnicity), rs.getString("nhs_number"),
                rs.getString("upn"), address, rs.getBoolean("restricted"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    private static LocalDate date(Date d) { return d == null ? null : d.toLocalDate(); }
}
