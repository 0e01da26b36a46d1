package org.kindred.person.internal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;
import org.kindred.person.matching.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** People as the matching engine sees them, read from the register (every record: visibility is checked later). */
@Component
class RegisterRecords {
    private static final String SELECT = """
            select p.id, p.given_names, p.family_name, coalesce(p.date_of_birth, p.expected_date_of_birth) as dob,
                   p.dob_estimated, p.sex, p.nhs_number, p.upn, a.postcode, a.line1
            from person p
            left join lateral (select postcode, line1 from person_address pa where pa.person_id = p.id
                               and pa.to_date is null order by pa.id desc limit 1) a on true
            where p.deleted_at is null""";
    private final JdbcClient jdbc;

    RegisterRecords(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<PersonRecord> all() {
        List<PersonRecord> all = new ArrayList<>();
        jdbc.sql(SELECT).query(rs -> {
            all.add(map(rs));
        });
        return all;
    }

    Optional<PersonRecord> one(long id) {
        return jdbc.sql(SELECT + " and p.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private static PersonRecord map(ResultSet rs) throws SQLException {
        java.sql.Date dob = rs.getDate("dob");
        String sex = rs.getString("sex");
        String line1 = rs.getString("line1");
        return PersonRecord.builder(Long.toString(rs.getLong("id")))
                .givenNames(rs.getString("given_names")).familyName(rs.getString("family_name"))
                .dateOfBirth(dob == null ? null : estimated(DateOfBirth.of(dob.toLocalDate()), rs.getBoolean("dob_estimated")))
                .sex("MALE".equals(sex) ? Sex.MALE : "FEMALE".equals(sex) ? Sex.FEMALE : null)
                .nhsNumber(rs.getString("nhs_number")).upn(rs.getString("upn")).postcode(rs.getString("postcode"))
                .addressLines(line1 == null ? List.of() : List.of(line1))
                .build();
    }

    private static DateOfBirth estimated(DateOfBirth d, boolean estimated) { return estimated ? d.asEstimated() : d; }
}
