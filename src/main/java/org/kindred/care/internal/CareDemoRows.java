package org.kindred.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CareEvent;
import org.kindred.care.Episode;
import org.kindred.care.NextDue;
import org.kindred.care.PeriodOfCare;
import org.kindred.care.Ssda903Episodes;
import org.kindred.chronology.Chronology;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.time.UkTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import static org.kindred.care.internal.CareEventRows.code;

/**
 * Writes demo children with batch inserts: events, the episodes derived from them by the same code the service uses,
 * the routine, and the due dates computed by the same rules; one chronology entry per care event and missing episode.
 */
@Component
@RequiredArgsConstructor
class CareDemoRows {
    static final String WHO = "demo-data";
    private final JdbcTemplate jdbc;
    private final Chronology chronology;
    private final CareChanges changes;

    record Counts(int lookedAfter, int left, int careLeavers, int episodes, int refused) {
        @Override
        public String toString() {
            return lookedAfter + " children in care, " + left + " left this year, " + careLeavers + " care leavers, "
                    + episodes + " episodes" + (refused > 0 ? " (" + refused + " inconsistent histories skipped)" : "");
        }
    }

    boolean hasData() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from care_event)", Boolean.class));
    }

    Counts insert(List<DemoChild> children, LocalDate today, int year) {
        Batch b = new Batch();
        int open = 0;
        int leavers = 0;
        int refused = 0;
        for (DemoChild c : children) {
            List<PeriodOfCare> periods;
            try {
                periods = Ssda903Episodes.derive(c.events);
            } catch (RuntimeException inconsistent) {
                refused++;
                continue;
            }
            b.add(c, periods);
            NextDue due = DueCalculator.compute(periods, held(c), c.dob, today);
            b.due.add(CareDueTable.row(c.id, due, today));
            if (due.lookedAfter()) open++;
            else if (c.leaverOutcome != null || due.careLeaver()) leavers++;
        }
        b.write(jdbc, year);
        changes.changed();
        chronology.recordAll(b.chronology);
        return new Counts(open, children.size() - refused - open - leavers, leavers, b.episodes.size(), refused);
    }

    private static NextDue.Held held(DemoChild c) {
        List<LocalDate> reviews = c.reviews.stream().map(r -> r[0]).sorted().toList();
        return new NextDue.Held(reviews, c.visits.stream().sorted().toList(), dates(c, "HEALTH_ASSESSMENT"),
                dates(c, "PEP"), c.checks.stream().filter(x -> x[0].toString().startsWith("PATHWAY"))
                .map(x -> (LocalDate) x[1]).sorted().toList());
    }

    private static List<LocalDate> dates(DemoChild c, String kind) {
        return c.checks.stream().filter(x -> x[0].equals(kind)).map(x -> (LocalDate) x[1]).sorted().toList();
    }

    /** Rows for each table, written at the end in one batch per table. */
    private static final class Batch {
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> episodes = new ArrayList<>();
        final List<Object[]> reviews = new ArrayList<>();
        final List<Object[]> visits = new ArrayList<>();
        final List<Object[]> checks = new ArrayList<>();
        final List<Object[]> missing = new ArrayList<>();
        final List<Object[]> workers = new ArrayList<>();
        final List<Object[]> uasc = new ArrayList<>();
        final List<Object[]> contacts = new ArrayList<>();
        final List<Object[]> outcomes = new ArrayList<>();
        final List<Object[]> leaverOutcomes = new ArrayList<>();
        final List<Object[]> advisers = new ArrayList<>();
        final List<Object[]> adoptions = new ArrayList<>();
        final List<Object[]> decisions = new ArrayList<>();
        final List<Object[]> permanence = new ArrayList<>();
        final List<Object[]> due = new ArrayList<>();
        final List<ChronologyEntry> chronology = new ArrayList<>();

        void add(DemoChild c, List<PeriodOfCare> periods) {
            for (CareEvent e : c.events) {
                events.add(new Object[] {c.id, e.kind().name(), e.date(), code(e.legalStatus()), code(e.categoryOfNeed()),
                        e.placement() == null ? null : code(e.placement().type()),
                        e.placement() == null ? null : code(e.placement().provider()),
                        e.placement() == null ? null : e.placement().postcode(), e.planned(), e.sameCarer(),
                        code(e.placementChangeReason()), code(e.reasonCeased()), WHO,
                        e.placement() == null ? null : e.placement().urn()});
                chronology.add(new ChronologyEntry(c.id, e.date().atStartOfDay(UkTime.ZONE).toInstant(), "Care",
                        EventSummary.of(e), "care_event", null, "/children/" + c.id + "/care"));
            }
            for (PeriodOfCare p : periods) {
                for (Episode e : p.episodes()) {
                    episodes.add(new Object[] {c.id, e.started(), p.started(), code(e.reasonNew()), code(e.legalStatus()),
                            code(e.categoryOfNeed()), code(e.placement().type()), code(e.placement().provider()),
                            e.placement().postcode(), e.ceased(), code(e.reasonCeased()), code(e.placementChangeReason()),
                            e.placement().urn()});
                }
                permanence.add(new Object[] {c.id, p.started(), c.prevPerm, "Z1".equals(c.prevPerm) ? null : c.laPerm, c.permDate, WHO});
            }
            for (int i = 0; i < c.reviews.size(); i++) reviews.add(new Object[] {c.id, c.reviews.get(i)[0], c.participation.get(i), WHO});
            for (LocalDate v : c.visits) visits.add(new Object[] {c.id, v, WHO});
            for (Object[] x : c.checks) checks.add(new Object[] {c.id, x[0], x[1], WHO});
            for (int i = 0; i < c.missing.size(); i++) {
                Instant[] m = c.missing.get(i);
                missing.add(new Object[] {c.id, ts(m[0]), ts(m[1]), ts(m[2]), c.rhiAccepted.get(i), WHO});
                chronology.add(new ChronologyEntry(c.id, m[0], "Missing", "Missing from care" + (m[1] == null ? "" : "; returned"),
                        "missing_episode", null, "/children/" + c.id + "/care"));
            }
            for (Object[] w : c.swEpisodes) workers.add(new Object[] {c.id, w[0], w[1], w[2], w[3]});
            if (c.uascFrom != null) uasc.add(new Object[] {c.id, c.uascFrom, c.dob.plusYears(18), WHO});
            if (c.familyContact != null) contacts.add(new Object[] {c.id, c.familyContact, "Family member abroad", "Video call", WHO});
            for (Object[] o : c.outcomes) {
                outcomes.add(new Object[] {c.id, o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8], WHO});
            }
            if (c.leaverOutcome != null) {
                Object[] o = c.leaverOutcome;
                leaverOutcomes.add(new Object[] {c.id, o[0], o[1], o[2], o[3], WHO,
                        c.dob.plusYears(((Number) o[0]).intValue())});
            }
            if (c.adviser != null) advisers.add(new Object[] {c.id, c.adviser, c.adviserFrom, WHO});
            if (c.adoption != null) {
                Object[] a = c.adoption;
                adoptions.add(new Object[] {c.id, a[0], a[1], a[2], a[3], a[4], a[5], WHO});
            }
            if (c.decision != null) decisions.add(new Object[] {c.id, c.decision[0], c.decision[1], c.decision[2], WHO});
        }

        void write(JdbcTemplate jdbc, int year) {
            jdbc.batchUpdate("""
                    insert into care_event (child_id, kind, event_date, legal_status, category_of_need, placement_type,
                        placement_provider, placement_postcode, planned, same_carer, placement_change_reason, reason_ceased,
                        created_by, placement_urn) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", events);
            jdbc.batchUpdate("""
                    insert into care_episode (child_id, decom, period_start, rne, ls, cin, place, place_provider, pl_post, dec,
                        rec, reason_place_change, urn) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodes);
            jdbc.batchUpdate("insert into care_review (child_id, held_on, participation, created_by) values (?, ?, ?, ?)", reviews);
            jdbc.batchUpdate("insert into care_visit (child_id, visited_on, created_by) values (?, ?, ?)", visits);
            jdbc.batchUpdate("insert into care_check (child_id, kind, held_on, created_by) values (?, ?, ?, ?)", checks);
            jdbc.batchUpdate("""
                    insert into missing_episode (child_id, kind, started_at, ended_at, rhi_offered_at, rhi_accepted, created_by)
                    values (?, 'M', ?, ?, ?, ?, ?)""", missing);
            jdbc.batchUpdate("insert into care_sw_episode (child_id, sw_id, sw_decom, sw_dec, sw_reason) values (?, ?, ?, ?, ?)", workers);
            jdbc.batchUpdate("insert into care_uasc (child_id, uasc_from, duc, created_by) values (?, ?, ?, ?)", uasc);
            jdbc.batchUpdate("""
                    insert into care_family_contact (child_id, contacted_on, with_whom, how, created_by) values (?, ?, ?, ?, ?)""", contacts);
            jdbc.batchUpdate("""
                    insert into care_outcome (child_id, year, sdq_score, sdq_reason, convicted, health_check, immunisations,
                        substance_misuse, intervention_received, intervention_offered, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", outcomes);
            jdbc.batchUpdate("""
                    insert into care_leaver_outcome (child_id, age, in_touch, activ, accom, updated_by, birthday)
                    values (?, ?, ?, ?, ?, ?, ?)""", leaverOutcomes);
            jdbc.batchUpdate("insert into care_leaver_adviser (child_id, adviser, from_date, created_by) values (?, ?, ?, ?)", advisers);
            jdbc.batchUpdate("""
                    insert into care_adoption (child_id, date_int, date_match, foster_care, nb_adoptr, sex_adoptr, ls_adoptr, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", adoptions);
            jdbc.batchUpdate("""
                    insert into care_adoption_decision (child_id, date_placed, date_placed_ceased, reason_placed_ceased, created_by)
                    values (?, ?, ?, ?, ?)""", decisions);
            jdbc.batchUpdate("""
                    insert into care_previous_permanence (child_id, period_start, prev_perm, la_perm, date_perm, updated_by)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""", permanence);
            jdbc.batchUpdate(CareDueTable.INSERT, due);
        }

        private static Timestamp ts(Instant i) { return i == null ? null : Timestamp.from(i); }
    }
}
