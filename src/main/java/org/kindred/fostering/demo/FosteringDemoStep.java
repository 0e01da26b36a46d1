package org.kindred.fostering.demo;

import org.kindred.shared.time.UkTime;
import org.kindred.access.SystemIdentity;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kindred.care.LookedAfterChildren;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.TemporaryApproval;
import org.kindred.fostering.internal.Distances;
import org.kindred.fostering.internal.GridReference;
import org.kindred.shared.demo.DemoStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county's fostering (order 450, after care): four campaigns and three years of enquiries, about 300
 * approved households with vacancies, children in foster care placed with them, connected persons on reg. 24
 * temporary approval (some ending soon, one extended, one expired), and open placement requests. Batched inserts:
 * well under a second or two on the demo machine.
 */
@Component
class FosteringDemoStep implements DemoStep {
    static final int STANDING_HOUSEHOLDS = 280;
    private final JdbcTemplate jdbc;
    private final Distances distances;
    private final LookedAfterChildren lookedAfter;
    private final org.kindred.fostering.internal.FosteringChanges changes;

    FosteringDemoStep(JdbcTemplate jdbc, Distances distances, LookedAfterChildren lookedAfter,
                      org.kindred.fostering.internal.FosteringChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.distances = distances;
        this.lookedAfter = lookedAfter;
    }

    @Override
    public int order() { return 450; }

    @Override
    @Transactional
    public String generate(DemoContext context) {
        if (jdbc.queryForObject("select count(*) from fostering_campaign where code = 'GROW'", Long.class) > 0) return "Fostering: already there";
        LocalDate today = context.today();
        Random r = new Random(context.seed() * 31 + 450);
        campaigns(today);
        int enquiries = enquiries(r, today);
        int households = households(r, today);
        List<LookedAfterChildren.Child> children = SystemIdentity.as("demo-data", () -> inCare(today));
        int placed = place(r, today, children);
        int temporary = temporaryApprovals(r, today, children);
        int requests = requests(r, today, children);
        changes.changed();
        return "Fostering: " + enquiries + " enquiries, " + households + " households, " + placed + " children placed, "
                + temporary + " reg. 24 approvals, " + requests + " open placement requests";
    }

    private void campaigns(LocalDate today) {
        LocalDate start = today.minusYears(3).plusDays(1);
        jdbc.batchUpdate("insert into fostering_campaign (code, name, channel, starts_on, ends_on, cost_pence) values (?, ?, ?, ?, ?, ?)",
                List.of(new Object[] {"GROW", "Grow Together, Foster A Child", "Social media and radio", Date.valueOf(start), null, 4_500_000L},
                        new Object[] {"FORTNIGHT", "Foster Care Fortnight events", "Events", Date.valueOf(start), null, 800_000L},
                        new Object[] {"BUSSTOP", "Bus stop posters", "Outdoor advertising", Date.valueOf(start), Date.valueOf(today.minusMonths(2)), 1_200_000L},
                        new Object[] {"WORD", "Carers recommend a friend", "Word of mouth", Date.valueOf(start), null, 300_000L}));
    }

    private int enquiries(Random r, LocalDate today) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("select code, id from fostering_campaign", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        List<Object[]> rows = new ArrayList<>();
        for (DemoEnquiries.Row e : DemoEnquiries.generate(r, today)) {
            LocalDate[] s = e.stages();
            LocalDate checks = s[3];
            rows.add(new Object[] {e.campaign() == null ? null : ids.get(e.campaign()), e.heardVia(), e.source(), e.name(),
                    e.name().toLowerCase().replace(' ', '.') + "@example.com", e.postcode(),
                    java.sql.Timestamp.from(UkTime.instant(e.received(), java.time.LocalTime.of(10, 0))),
                    d(e.received()), e.stage(), d(s[0]), d(s[1]), d(s[2]), d(checks), d(checks), d(checks == null ? null : checks.minusDays(3)),
                    d(checks == null ? null : checks.minusDays(6)), d(s[4]), d(s[5]), d(s[6]), s[6] == null ? null : "APPROVE",
                    d(s[7]), d(s[7]), d(e.closedOn()), e.closedKind(), e.closedReason()});
        }
        jdbc.batchUpdate("""
                insert into fostering_enquiry (campaign_id, heard_via, source, name, email, consent_to_contact, postcode,
                  received_at, received_on, stage, first_response_on, initial_visit_on, application_on, dbs_on, la_check_on,
                  health_on, references_on, stage_one_decision_on, form_f_on, panel_on, panel_recommendation, decision_on,
                  approved_on, closed_on, closed_kind, closed_reason, created_by)
                values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-data')""", rows);
        return rows.size();
    }

    private int households(Random r, LocalDate today) {
        List<DemoHouseholds.Row> rows = new ArrayList<>();
        List<Long> enquiryIds = new ArrayList<>();
        jdbc.query("select id, name, postcode, approved_on from fostering_enquiry where approved_on is not null order by id", rs -> {
            String family = rs.getString(2).substring(rs.getString(2).indexOf(' ') + 1);
            rows.add(DemoHouseholds.household(r, today, "The " + family + " household", rs.getString(3),
                    rs.getDate(4).toLocalDate()));
            enquiryIds.add(rs.getLong(1));
        });
        for (int i = 0; i < STANDING_HOUSEHOLDS; i++) {
            rows.add(DemoHouseholds.household(r, today, "The " + DemoNames.family(r) + " household", DemoNames.postcode(r),
                    today.minusYears(3).minusDays(r.nextInt(365 * 12))));
            enquiryIds.add(null);
        }
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DemoHouseholds.Row h = rows.get(i);
            GridReference g = distances.locate(h.postcode()).orElse(null);
            args.add(new Object[] {enquiryIds.get(i), h.name(), Distances.normalise(h.postcode()), g == null ? null : g.easting(),
                    g == null ? null : g.northing(), h.type().name(), h.ageMin(), h.ageMax(), h.places(), d(h.approved()),
                    h.worker(), d(h.lastReview()), d(h.dbsRenewed()), h.emergency(), h.disability(), h.pets(), h.ownChild(),
                    h.religion(), h.languages(), h.culture()});
        }
        jdbc.batchUpdate("""
                insert into fostering_household (enquiry_id, name, postcode, easting, northing, approval_type, age_min, age_max,
                  places, approved_on, supervising_worker, last_review_on, dbs_renewed_on, accepts_emergency,
                  disability_experience, pets, youngest_own_child_age, religion, languages, culture, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-data')""", args);
        jdbc.update("update fostering_enquiry e set household_id = h.id from fostering_household h where h.enquiry_id = e.id");
        // two carers in most households, one in a third; the carers' own child where there is one
        jdbc.update("""
                insert into fostering_household_member (household_id, name, relationship, born_on)
                select h.id, 'Carer ' || split_part(h.name, ' ', 2), 'Foster carer', null::date from fostering_household h
                where h.created_by = 'demo-data'
                union all
                select h.id, 'Second carer ' || split_part(h.name, ' ', 2), 'Foster carer', null::date from fostering_household h
                where h.created_by = 'demo-data' and h.id % 3 <> 0
                union all
                select h.id, 'Child of the household', 'Carers'' child', ?::date - (h.youngest_own_child_age * 365 + 100)
                from fostering_household h where h.created_by = 'demo-data' and h.youngest_own_child_age is not null""", d(today));
        // a few deregistered in the last year, with their reasons
        jdbc.update("""
                update fostering_household set deregistered_on = ?::date - (id % 300)::int, deregistered_reason = 'Retired from fostering'
                where id in (select id from fostering_household where enquiry_id is null and created_by = 'demo-data'
                             order by id limit 9)""", d(today));
        return rows.size();
    }

    private List<LookedAfterChildren.Child> inCare(LocalDate today) {
        List<LookedAfterChildren.Child> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            LookedAfterChildren.Page p = lookedAfter.list(today, page, 200);
            all.addAll(p.children());
            if (p.children().isEmpty() || (long) (page + 1) * 200 >= p.total()) break;
        }
        return all;
    }

    /** Children in foster care with other carers (U4 to U6) placed with households whose terms fit them. */
    private int place(Random r, LocalDate today, List<LookedAfterChildren.Child> children) {
        record Place(long id, int min, int max, int[] free) {
        }
        List<Place> open = new ArrayList<>();
        jdbc.query("""
                select id, age_min, age_max, places from fostering_household
                where deregistered_on is null and approval_type in ('MAINSTREAM', 'EMERGENCY') order by id""", rs -> {
            open.add(new Place(rs.getLong(1), rs.getInt(2), rs.getInt(3), new int[] {rs.getInt(4)}));
        });
        List<Object[]> rows = new ArrayList<>();
        for (LookedAfterChildren.Child c : children) {
            if (c.placementType() == null || !c.placementType().matches("U[456]") || c.dateOfBirth() == null) continue;
            int age = java.time.Period.between(c.dateOfBirth(), today).getYears();
            int start = r.nextInt(Math.max(1, open.size()));
            for (int k = 0; k < open.size(); k++) {
                Place p = open.get((start + k) % open.size());
                // leave about a third of the places free: the county's vacancies
                if (age < p.min() || age > p.max() || p.free()[0] <= (p.id() % 3 == 0 ? 1 : 0)) continue;
                p.free()[0]--;
                rows.add(new Object[] {p.id(), c.childId(), d(c.inCareSince()), d(c.dateOfBirth()), r.nextInt(10) < 8});
                break;
            }
        }
        jdbc.batchUpdate("""
                insert into fostering_household_placement (household_id, child_id, from_date, child_born_on, well_matched, created_by)
                values (?, ?, ?, ?, ?, 'demo-data')""", rows);
        return rows.size();
    }

    /** Connected persons approved under reg. 24 for children placed with relatives or friends (U1 to U3). */
    private int temporaryApprovals(Random r, LocalDate today, List<LookedAfterChildren.Child> children) {
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (LookedAfterChildren.Child c : children) {
            if (n >= 14 || c.placementType() == null || !c.placementType().matches("U[123]") || c.dateOfBirth() == null) continue;
            // approvals spread over the last 20 weeks: some ending within four weeks, one past its end
            LocalDate approved = today.minusDays(7 + r.nextInt(20 * 7 - 7));
            TemporaryApproval t = new TemporaryApproval(approved, null);
            LocalDate extended = n % 5 == 0 && t.initialEnd().isBefore(today.plusWeeks(2)) ? t.initialEnd().plusWeeks(6) : null;
            int age = Math.max(0, Math.min(17, java.time.Period.between(c.dateOfBirth(), today).getYears()));
            String postcode = c.placementPostcode() != null && !c.placementPostcode().isBlank() ? c.placementPostcode() : DemoNames.postcode(r);
            GridReference g = distances.locate(postcode).orElse(null);
            rows.add(new Object[] {"The " + DemoNames.family(r) + " family (connected person)", Distances.normalise(postcode),
                    g == null ? null : g.easting(), g == null ? null : g.northing(), age, age, d(approved),
                    d(t.initialEnd()), d(extended), c.childId()});
            n++;
        }
        jdbc.batchUpdate("""
                insert into fostering_household (name, postcode, easting, northing, approval_type, age_min, age_max, places,
                  approved_on, temporary_until, extended_until, connected_child_id, created_by)
                values (?, ?, ?, ?, 'CONNECTED_PERSON', ?, ?, 1, ?, ?, ?, ?, 'demo-data')""", rows);
        Map<Long, LocalDate> born = new java.util.HashMap<>();
        children.forEach(c -> born.put(c.childId(), c.dateOfBirth()));
        List<Object[]> placed = new ArrayList<>();
        jdbc.query("""
                select id, connected_child_id, approved_on from fostering_household
                where temporary_until is not null and created_by = 'demo-data'""", rs -> {
            placed.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getDate(3), d(born.get(rs.getLong(2)))});
        });
        jdbc.batchUpdate("""
                insert into fostering_household_placement (household_id, child_id, from_date, child_born_on, well_matched, created_by)
                values (?, ?, ?, ?, true, 'demo-data')""", placed);
        return rows.size();
    }

    /** Open placement requests for children in residential care or on temporary placements, with varied needs. */
    private int requests(Random r, LocalDate today, List<LookedAfterChildren.Child> children) {
        List<Object[]> rows = new ArrayList<>();
        for (LookedAfterChildren.Child c : children) {
            if (rows.size() >= 18 || c.dateOfBirth() == null || c.placementType() == null || !c.placementType().matches("K2|R1|T0|T4|P1")) continue;
            if (java.time.Period.between(c.dateOfBirth(), today).getYears() > 16) continue;
            boolean emergency = r.nextInt(4) == 0;
            rows.add(new Object[] {c.childId(), d(c.dateOfBirth()), r.nextInt(6) == 0 ? 1 : 0, DemoNames.postcode(r),
                    r.nextBoolean() ? DemoNames.postcode(r) : null, 10 + 5 * r.nextInt(4), r.nextInt(6) == 0,
                    r.nextInt(5) == 0 ? DemoHouseholds.RELIGION[r.nextInt(DemoHouseholds.RELIGION.length)] : null,
                    r.nextInt(8) == 0 ? "Polish" : null, r.nextInt(4) == 0 ? DemoHouseholds.CULTURE[r.nextInt(DemoHouseholds.CULTURE.length)] : null,
                    r.nextInt(8) == 0, r.nextInt(6) == 0, r.nextInt(8) == 0, emergency,
                    d(emergency ? today : today.plusDays(7 + r.nextInt(40)))});
        }
        jdbc.batchUpdate("""
                insert into placement_request (child_id, child_born_on, siblings, school_postcode, family_postcode, max_km,
                  disability, religion, language, culture, only_child, no_younger_children, no_pets, emergency, needed_by, raised_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-data')""", rows);
        return rows.size();
    }

    private static Date d(LocalDate date) { return date == null ? null : Date.valueOf(date); }
}
