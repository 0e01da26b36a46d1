package org.kindred.person.internal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.person.matching.DateOfBirth;
import org.kindred.person.matching.PersonRecord;
import org.kindred.person.matching.ComparedSex;
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
            where p.deleted_at is null
              and not exists (select 1 from person_merge m where m.merged_id = p.id and m.unmerged_at is null)""";
    /** Other names, including the names of records merged into this one (negative ids: the merge's), so either finds it. */
    private static final String NAMES = """
            select * from (select id, person_id, given_names, family_name from person_name
                           union all
                           select -m.id, m.survivor_id, p.given_names, p.family_name from person_merge m
                           join person p on p.id = m.merged_id where m.unmerged_at is null) n""";
    private final JdbcClient jdbc;

    RegisterRecords(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Every person in the register (merged records excepted), with a record per alias. */
    List<PersonRecord> all() {
        Map<Long, List<OtherName>> names = new HashMap<>();
        jdbc.sql(NAMES).query(rs -> {
            names.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(otherName(rs));
        });
        List<PersonRecord> all = new ArrayList<>();
        jdbc.sql(SELECT).query(rs -> {
            all.addAll(withNames(map(rs), names.getOrDefault(rs.getLong("id"), List.of())));
        });
        return all;
    }

    /** The person's records (empty when deleted or merged into another). */
    List<PersonRecord> one(long id) {
        Optional<PersonRecord> main = jdbc.sql(SELECT + " and p.id = ?").param(id).query((rs, n) -> map(rs)).optional();
        if (main.isEmpty()) {
            return List.of();
        }
        List<OtherName> names = jdbc.sql(NAMES + " where person_id = ? order by id").param(id)
                .query((rs, n) -> otherName(rs)).list();
        return withNames(main.get(), names);
    }

    /** As {@link #one}, for many people in two statements: by id, the records of those not deleted nor merged. */
    Map<Long, List<PersonRecord>> some(java.util.Collection<Long> ids) {
        Map<Long, List<PersonRecord>> found = new HashMap<>();
        if (ids.isEmpty()) return found;
        Long[] wanted = ids.toArray(Long[]::new);
        Map<Long, List<OtherName>> names = new HashMap<>();
        jdbc.sql(NAMES + " where person_id = any(?) order by id").param(wanted).query(rs -> {
            names.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(otherName(rs));
        });
        jdbc.sql(SELECT + " and p.id = any(?)").param(wanted).query(rs -> {
            found.put(rs.getLong("id"), withNames(map(rs), names.getOrDefault(rs.getLong("id"), List.of())));
        });
        return found;
    }

    /**
     * Previous names and aliases: every other family name becomes a previous-name key of the main record (a changed
     * surname still finds the child), and a name with other given names becomes a record of its own, "id/aN",
     * which search folds back into the person.
     */
    private static List<PersonRecord> withNames(PersonRecord main, List<OtherName> names) {
        if (names.isEmpty()) {
            return List.of(main);
        }
        List<PersonRecord> records = new ArrayList<>();
        records.add(main.toBuilder().previousNames(names.stream().map(OtherName::family).distinct().toList()).build());
        for (OtherName n : names) {
            if (n.given() != null && !n.given().equalsIgnoreCase(main.givenNames())) {
                records.add(main.toBuilder().id(main.id() + RegisterIndex.ALIAS + n.id()).givenNames(n.given())
                        .familyName(n.family()).previousNames(List.of(main.familyName())).build());
            }
        }
        return records;
    }

    private record OtherName(long id, String given, String family) {
    }

    private static OtherName otherName(ResultSet rs) throws SQLException {
        return new OtherName(rs.getLong("id"), rs.getString("given_names"), rs.getString("family_name"));
    }

    private static PersonRecord map(ResultSet rs) throws SQLException {
        java.sql.Date dob = rs.getDate("dob");
        String sex = rs.getString("sex");
        String line1 = rs.getString("line1");
        return PersonRecord.builder(Long.toString(rs.getLong("id")))
                .givenNames(rs.getString("given_names")).familyName(rs.getString("family_name"))
                .dateOfBirth(dob == null ? null : estimated(DateOfBirth.of(dob.toLocalDate()), rs.getBoolean("dob_estimated")))
                .sex("MALE".equals(sex) ? ComparedSex.MALE : "FEMALE".equals(sex) ? ComparedSex.FEMALE : null)
                .nhsNumber(rs.getString("nhs_number")).upn(rs.getString("upn")).postcode(rs.getString("postcode"))
                .addressLines(line1 == null ? List.of() : List.of(line1))
                .build();
    }

    private static DateOfBirth estimated(DateOfBirth d, boolean estimated) { return estimated ? d.asEstimated() : d; }
}
