package org.kindred.care.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.person.Person;
import org.kindred.returns.ReturnContributor.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One SSDA903 table per method, each one query over the children in the return ({@code child_id = any(:ids)}) and
 * the collection year; inclusion rules from the DfE's SSDA903 guidance as each method says.
 */
final class CareReturnRows {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final JdbcClient jdbc;
    private final Map<Long, Person> cohort;
    private final Long[] ids;
    private final LocalDate start;
    private final LocalDate end;
    private final int year;
    private final Rows rows;

    CareReturnRows(JdbcClient jdbc, Map<Long, Person> cohort, LocalDate start, LocalDate end, int year, Rows rows) {
        this.jdbc = jdbc;
        this.cohort = cohort;
        this.ids = cohort.keySet().toArray(new Long[0]);
        this.start = start;
        this.end = end;
        this.year = year;
        this.rows = rows;
    }

    /**
     * Every episode open at any time in the year; HOME_POST from the register's address; URN as recorded. An
     * episode that ceased after 31 March was open at the year's end, so it is returned without DEC, REC and
     * REASON_PLACE_CHANGE (DfE rule 385: DEC on or before the collection end; 388: no X1 without its successor).
     */
    void episodes() {
        query("""
                select child_id, decom, rne, ls, cin, place, place_provider, dec, rec, reason_place_change, pl_post, urn
                from care_episode where child_id = any(:ids) and decom <= :end and (dec is null or dec >= :start)
                order by child_id, decom""", rs -> {
            Person p = cohort.get(rs.getLong("child_id"));
            Map<String, String> r = row(p, false);
            r.put("DECOM", d(rs, "decom"));
            for (String c : List.of("RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER")) r.put(c, rs.getString(c.toLowerCase()));
            boolean ceased = ceasedBy(rs, "dec");
            r.put("DEC", ceased ? d(rs, "dec") : null);
            r.put("REC", ceased ? rs.getString("rec") : null);
            r.put("REASON_PLACE_CHANGE", ceased ? rs.getString("reason_place_change") : null);
            r.put("HOME_POST", p.address() == null ? null : p.address().postcode());
            r.put("PL_POST", rs.getString("pl_post"));
            r.put("URN", rs.getString("urn"));
            rows.add("Episodes", r);
        });
    }

    /** Reviews held in the year; PN0 for a child under 4 at the review (REVIEW_CODE). */
    void reviews() {
        query("""
                select child_id, held_on, participation from care_review
                where child_id = any(:ids) and deleted_at is null and held_on between :start and :end order by child_id, held_on""", rs -> {
            Person p = cohort.get(rs.getLong(1));
            LocalDate held = rs.getObject(2, LocalDate.class);
            Map<String, String> r = row(p, true);
            r.put("REVIEW", d(held));
            r.put("REVIEW_CODE", Period.between(p.dateOfBirth(), held).getYears() < 4 ? "PN0" : rs.getString(3));
            rows.add("Reviews", r);
        });
    }

    /** Children with UASC status at any time in the year (status from before the year's end, ceasing in or after it). */
    void uasc() {
        query("""
                select child_id, duc from care_uasc where child_id = any(:ids) and deleted_at is null
                and uasc_from <= :end and (duc is null or duc >= :start) order by child_id""", rs -> {
            Person p = cohort.get(rs.getLong(1));
            Map<String, String> r = new LinkedHashMap<>();
            r.put("CHILD", Long.toString(p.id()));
            r.put("SEX", Ssda903Return.sex(p.sex(), year));
            r.put("DOB", d(p.dateOfBirth()));
            r.put("DUC", d(rs, "duc"));
            rows.add("UASC", r);
        });
    }

    /**
     * OC2: children looked after continuously for at least 12 months at 31 March (a period started on or before
     * 1 April, still open on 31 March), short breaks (V3, V4) excluded. SDQ for ages 4 to 16 at any time in the year,
     * convictions from 10, health promotion (HEALTH_CHECK) under 5; dental check and health assessment held in the year.
     */
    void oc2() {
        query("""
                select distinct on (e.child_id) e.child_id, o.sdq_score, o.sdq_reason, o.convicted, o.health_check, o.immunisations,
                       o.substance_misuse, o.intervention_received, o.intervention_offered,
                       exists (select 1 from care_check c where c.child_id = e.child_id and c.kind = 'DENTAL_CHECK'
                               and c.deleted_at is null and c.held_on between :start and :end) teeth,
                       exists (select 1 from care_check c where c.child_id = e.child_id and c.kind = 'HEALTH_ASSESSMENT'
                               and c.deleted_at is null and c.held_on between :start and :end) health
                from care_episode e left join care_outcome o on o.child_id = e.child_id and o.year = :year
                where e.child_id = any(:ids) and e.period_start <= :start and e.decom <= :end
                  and (e.dec is null or e.dec >= :end) and e.ls not in ('V3', 'V4')
                order by e.child_id, e.decom desc""", rs -> {
            Person p = cohort.get(rs.getLong(1));
            int ageStart = Period.between(p.dateOfBirth(), start).getYears();
            int ageEnd = Period.between(p.dateOfBirth(), end).getYears();
            // Aged 4 to 16 at some time in the year, so those turning 4 or 17 in it too (DfE rules 197B, 187, 188).
            boolean sdq = ageEnd >= 4 && ageStart < 17;
            Map<String, String> r = row(p, true);
            r.put("SDQ_SCORE", sdq ? str(rs.getObject("sdq_score")) : null);
            r.put("SDQ_REASON", sdq ? rs.getString("sdq_reason") : null);
            r.put("CONVICTED", ageEnd >= 10 ? b(rs.getObject("convicted")) : null);
            r.put("HEALTH_CHECK", ageEnd < 5 ? b(rs.getObject("health_check")) : null);
            r.put("IMMUNISATIONS", b(rs.getObject("immunisations")));
            r.put("TEETH_CHECK", b(rs.getObject("teeth")));
            r.put("HEALTH_ASSESSMENT", b(rs.getObject("health")));
            r.put("SUBSTANCE_MISUSE", b(rs.getObject("substance_misuse")));
            r.put("INTERVENTION_RECEIVED", b(rs.getObject("intervention_received")));
            r.put("INTERVENTION_OFFERED", b(rs.getObject("intervention_offered")));
            rows.add("OC2", r);
        });
    }

    /** OC3: the information recorded at the birthday (17 to 21) that fell in the year. */
    void oc3(Map<Long, List<Integer>> ages) {
        query("select child_id, age, in_touch, activ, accom from care_leaver_outcome where child_id = any(:ids) order by child_id, age", rs -> {
            Person p = cohort.get(rs.getLong(1));
            if (!Ssda903Return.within(p.dateOfBirth().plusYears(rs.getInt(2)), start, end)) return;
            Map<String, String> r = row(p, true);
            r.put("IN_TOUCH", rs.getString(3));
            r.put("ACTIV", rs.getString(4));
            r.put("ACCOM", rs.getString(5));
            rows.add("OC3", r);
        });
    }

    /** AD1 for children adopted in the year (REC E11 or E12); PlacedAdoption for decisions open at any time in it. */
    void adoption() {
        query("""
                select a.child_id, a.date_int, a.date_match, a.foster_care, a.nb_adoptr, a.sex_adoptr, a.ls_adoptr
                from care_adoption a where a.child_id = any(:ids) and a.deleted_at is null and exists (
                    select 1 from care_episode e where e.child_id = a.child_id and e.rec in ('E11', 'E12')
                    and e.dec between :start and :end) order by a.child_id""", rs -> {
            Map<String, String> r = row(cohort.get(rs.getLong(1)), true);
            r.put("DATE_INT", d(rs, "date_int"));
            r.put("DATE_MATCH", d(rs, "date_match"));
            r.put("FOSTER_CARE", b(rs.getObject("foster_care")));
            r.put("NB_ADOPTR", rs.getString("nb_adoptr"));
            r.put("SEX_ADOPTR", rs.getString("sex_adoptr"));
            r.put("LS_ADOPTR", rs.getString("ls_adoptr"));
            rows.add("AD1", r);
        });
        query("""
                select child_id, date_placed, date_placed_ceased, reason_placed_ceased from care_adoption_decision
                where child_id = any(:ids) and deleted_at is null and date_placed <= :end
                  and (date_placed_ceased is null or date_placed_ceased >= :start) order by child_id, date_placed""", rs -> {
            Map<String, String> r = row(cohort.get(rs.getLong(1)), true);
            r.put("DATE_PLACED", d(rs, "date_placed"));
            r.put("DATE_PLACED_CEASED", d(rs, "date_placed_ceased"));
            r.put("REASON_PLACED_CEASED", rs.getString("reason_placed_ceased"));
            rows.add("PlacedAdoption", r);
        });
    }

    /** PrevPerm for children who started to be looked after in the year (DfE rules 630 and 634), when recorded. */
    void previousPermanence() {
        query("""
                select distinct on (p.child_id) p.child_id, p.prev_perm, p.la_perm, p.date_perm
                from care_previous_permanence p where p.child_id = any(:ids) and p.period_start between :start and :end
                order by p.child_id, p.period_start desc""", rs -> {
            Map<String, String> r = row(cohort.get(rs.getLong(1)), true);
            r.put("PREV_PERM", rs.getString(2));
            r.put("LA_PERM", rs.getString(3));
            r.put("DATE_PERM", d(rs, "date_perm"));
            rows.add("PrevPerm", r);
        });
    }

    /**
     * Missing (M) and away without authorisation (A) episodes at any time in the year, dates in UK time; one that
     * ended after 31 March is returned as still open (DfE rule 571).
     */
    void missing() {
        query("""
                select child_id, kind, (started_at at time zone 'Europe/London')::date s,
                       (ended_at at time zone 'Europe/London')::date e from missing_episode
                where child_id = any(:ids) and deleted_at is null
                  and (started_at at time zone 'Europe/London')::date <= :end
                  and (ended_at is null or (ended_at at time zone 'Europe/London')::date >= :start)
                order by child_id, started_at""", rs -> {
            Map<String, String> r = row(cohort.get(rs.getLong(1)), true);
            r.put("MISSING", rs.getString(2));
            r.put("MIS_START", d(rs, "s"));
            r.put("MIS_END", ceasedBy(rs, "e") ? d(rs, "e") : null);
            rows.add("Missing", r);
        });
    }

    /**
     * Social worker episodes in the year for children looked after in it (SWEpisodes); one that ended after 31 March
     * is returned as open (DfE rules SW07 and SW17: an episode open at 31 March). Care leavers who were not looked
     * after in the year are not in this table.
     */
    void socialWorkers() {
        query("""
                select child_id, sw_id, sw_decom, sw_dec, sw_reason from care_sw_episode
                where child_id = any(:ids) and sw_decom <= :end and (sw_dec is null or sw_dec >= :start)
                  and exists (select 1 from care_episode e where e.child_id = care_sw_episode.child_id
                              and e.decom <= :end and (e.dec is null or e.dec >= :start))
                order by child_id, sw_decom, id""", rs -> {
            Map<String, String> r = row(cohort.get(rs.getLong(1)), true);
            r.put("SW_ID", rs.getString(2));
            r.put("SW_DECOM", d(rs, "sw_decom"));
            r.put("SW_DEC", ceasedBy(rs, "sw_dec") ? d(rs, "sw_dec") : null);
            r.put("SW_REASON", rs.getString("sw_reason"));
            rows.add("SWEpisodes", r);
        });
    }

    private Map<String, String> row(Person p, boolean dob) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("CHILD", Long.toString(p.id()));
        if (dob) r.put("DOB", d(p.dateOfBirth()));
        return r;
    }

    private void query(String sql, RowHandler handler) {
        jdbc.sql(sql).param("ids", ids).param("start", start).param("end", end).param("year", year)
                .query((java.sql.ResultSet rs) -> {
                    handler.handle(rs);
                });
    }

    interface RowHandler {
        void handle(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    static String d(LocalDate date) { return date == null ? null : DMY.format(date); }

    private static String d(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return d(rs.getObject(column, LocalDate.class));
    }

    /** True when the date is recorded and on or before the collection end: what ended later was open on 31 March. */
    private boolean ceasedBy(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date != null && !date.isAfter(end);
    }

    private static String b(Object value) {
        return value == null ? null : ((Boolean) value) ? "1" : "0";
    }

    private static String str(Object value) { return value == null ? null : value.toString(); }
}
