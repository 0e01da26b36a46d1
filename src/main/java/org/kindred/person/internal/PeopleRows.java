package org.kindred.person.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many new people in two statements (and one per address): their ids taken from the person sequence first (so each id is known to be
 * whose), then the people and their addresses inserted from arrays.
 */
final class PeopleRows {
    private final JdbcClient jdbc;

    PeopleRows(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<Long> insert(List<ValidPerson> people, String who) {
        int n = people.size();
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('person', 'id')) from generate_series(1, ?)")
                .params(n).query(Long.class).list();
        Long[] id = ids.toArray(Long[]::new);
        String[] kind = new String[n], given = new String[n], family = new String[n], sex = new String[n],
                eth = new String[n], nhs = new String[n], upn = new String[n];
        String[] dob = new String[n], edob = new String[n]; // ISO dates, cast by the statement
        for (int i = 0; i < n; i++) {
            ValidPerson p = people.get(i);
            kind[i] = p.kind().name();
            given[i] = p.givenNames();
            family[i] = p.familyName();
            dob[i] = p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
            edob[i] = p.expectedDateOfBirth() == null ? null : p.expectedDateOfBirth().toString();
            sex[i] = p.sex().name();
            eth[i] = p.ethnicity() == null ? null : p.ethnicity().name();
            nhs[i] = p.nhsNumber();
            upn[i] = p.upn();
        }
        jdbc.sql("""
                insert into person (id, kind, given_names, family_name, date_of_birth, expected_date_of_birth, sex,
                                    ethnicity, nhs_number, upn, created_by, updated_by)
                select i, k, g, f, d, e, s, t, n, u, :who, :who
                from unnest(:id::bigint[], :kind::text[], :given::text[], :family::text[], :dob::date[], :edob::date[],
                            :sex::text[], :eth::text[], :nhs::text[], :upn::text[]) as x(i, k, g, f, d, e, s, t, n, u)""")
                .param("id", id).param("kind", kind).param("given", given).param("family", family).param("dob", dob)
                .param("edob", edob).param("sex", sex).param("eth", eth).param("nhs", nhs).param("upn", upn)
                .param("who", who).update();
        for (int i = 0; i < n; i++) {
            ValidPerson p = people.get(i);
            // Rare in a batch (returns carry no addresses): one statement for each that has one.
            if (p.postcode() != null) {
                jdbc.sql("""
                        insert into person_address (person_id, line1, line2, town, postcode, from_date, created_by)
                        values (?, ?, ?, ?, ?, current_date, ?)""")
                        .params(id[i], p.line1(), p.line2(), p.town(), p.postcode(), who).update();
            }
        }
        return ids;
    }
}
