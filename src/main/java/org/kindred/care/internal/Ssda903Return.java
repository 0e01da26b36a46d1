package org.kindred.care.internal;

import org.kindred.access.SystemIdentity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kindred.person.Families;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.Sex;
import org.kindred.returns.ReturnContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care module's SSDA903 tables for a collection year (1 April to 31 March), each from one set-based query.
 * Who is in the return: every child looked after at any time in the year (an episode overlapping it), and the care
 * leavers whose 17th to 21st birthday fell in it (OC3). Header comes from the register; the register is read as the
 * return's own identity, because restricted children are in the return too.
 */
@Component
class Ssda903Return implements ReturnContributor {
    private final JdbcClient jdbc;
    private final People people;
    private final Families families;

    Ssda903Return(JdbcClient jdbc, People people, Families families) {
        this.jdbc = jdbc;
        this.people = people;
        this.families = families;
    }

    @Override
    public String returnName() { return "ssda903"; }

    @Override
    @Transactional
    public void contribute(int year, Rows rows) {
        LocalDate start = LocalDate.of(year - 1, 4, 1);
        LocalDate end = LocalDate.of(year, 3, 31);
        TreeSet<Long> lookedAfter = new TreeSet<>(jdbc.sql("""
                select distinct child_id from care_episode where decom <= ? and (dec is null or dec >= ?)""")
                .params(end, start).query(Long.class).list());
        Map<Long, List<Integer>> leaverAges = new HashMap<>();
        jdbc.sql("select child_id, age from care_leaver_outcome").query((rs, n) ->
                leaverAges.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getInt(2))).list();
        TreeSet<Long> all = new TreeSet<>(lookedAfter);
        all.addAll(leaverAges.keySet());
        Map<Long, Person> register = SystemIdentity.as("ssda903-return", () -> lookUp(all));
        Map<Long, Person> cohort = new LinkedHashMap<>();
        for (long id : all) {
            Person p = register.get(id);
            if (p == null || p.dateOfBirth() == null) continue;
            boolean leaver = leaverAges.getOrDefault(id, List.of()).stream()
                    .anyMatch(age -> within(p.dateOfBirth().plusYears(age), start, end));
            if (lookedAfter.contains(id) || leaver) cohort.put(id, p);
        }
        CareReturnRows tables = new CareReturnRows(jdbc, cohort, start, end, year, rows);
        List<Person> girls = cohort.values().stream().filter(p -> lookedAfter.contains(p.id())).toList();
        Map<Long, LocalDate> mothers = SystemIdentity.as("ssda903-return", () -> Motherhood.firstChildBorn(families, girls, end));
        for (Person p : cohort.values()) rows.add("Header", header(p, year, lookedAfter.contains(p.id()), mothers.get(p.id())));
        tables.episodes();
        tables.reviews();
        tables.uasc();
        tables.oc2();
        tables.oc3(leaverAges);
        tables.adoption();
        tables.previousPermanence();
        tables.missing();
        tables.socialWorkers();
    }

    /** One register query (and one audit entry) for the whole return, not one per child. */
    private Map<Long, Person> lookUp(java.util.Collection<Long> ids) {
        return people.findAll(ids);
    }

    /**
     * MOTHER is completed for girls looked after (1 with MC_DOB when the register records a child of hers born by the
     * year's end, else 0). A child without a UPN in the register is returned as UN2 (no UPN allocated: not yet at school).
     */
    private static Map<String, String> header(Person p, int year, boolean lookedAfter, LocalDate firstChild) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("CHILD", Long.toString(p.id()));
        row.put("SEX", sex(p.sex(), year));
        row.put("DOB", CareReturnRows.d(p.dateOfBirth()));
        row.put("ETHNIC", p.ethnicity() == null ? "NOBT" : p.ethnicity().name());
        row.put("UPN", p.upn() != null ? p.upn() : "UN2");
        boolean mother = lookedAfter && firstChild != null;
        row.put("MOTHER", lookedAfter && p.sex() == Sex.FEMALE ? (mother ? "1" : "0") : null);
        row.put("MC_DOB", mother ? CareReturnRows.d(firstChild) : null);
        return row;
    }

    /** 1/2 until 2023/24; M/F/U from 2024/25 (SSDA903_schema_2025.diff.yml). */
    static String sex(Sex sex, int year) {
        boolean letters = year >= 2025;
        if (sex == Sex.MALE) return letters ? "M" : "1";
        if (sex == Sex.FEMALE) return letters ? "F" : "2";
        return letters ? "U" : null;
    }

    static boolean within(LocalDate d, LocalDate start, LocalDate end) {
        return !d.isBefore(start) && !d.isAfter(end);
    }
}
