package org.kindred.fostering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.care.CareRecords;
import org.kindred.care.LookedAfterChildren;
import org.kindred.care.NewCareEvent;
import org.kindred.fostering.ApprovalType;
import org.kindred.fostering.FosteringRoles.CanFindPlacements;
import org.kindred.fostering.Match;
import org.kindred.fostering.Matches;
import org.kindred.fostering.NewPlacementRequest;
import org.kindred.fostering.PlacementNeeds;
import org.kindred.fostering.PlacementRequest;
import org.kindred.fostering.PlacementRequests;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPlacementRequests implements PlacementRequests {
    private final JdbcClient jdbc;
    private final People people;
    private final LookedAfterChildren lookedAfter;
    private final CareRecords care;
    private final Distances distances;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FosteringChanges changes;

    JdbcPlacementRequests(JdbcClient jdbc, People people, LookedAfterChildren lookedAfter, CareRecords care,
                          Distances distances, ApplicationEventPublisher events, FosteringChanges changes,
                          Optional<Clock> clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.people = people;
        this.lookedAfter = lookedAfter;
        this.care = care;
        this.distances = distances;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanFindPlacements
    public PlacementRequest raise(NewPlacementRequest r) {
        Problems p = new Problems();
        RequestCheck.validate(r, today(), p);
        p.throwIfAny();
        Person child = people.find(r.childId()).orElseThrow(() -> InvalidInput.of("childId", "No child with that Kindred id"));
        if (child.dateOfBirth() == null) throw InvalidInput.of("childId", "The child's date of birth is not recorded");
        if (!lookedAfter.lookedAfterOn(r.childId(), today())) {
            throw InvalidInput.of("childId", "The child is not looked after: record coming into care first");
        }
        long id = jdbc.sql("""
                insert into placement_request (child_id, child_born_on, siblings, school_postcode, family_postcode, max_km,
                  disability, religion, language, culture, only_child, no_younger_children, no_pets, emergency,
                  needed_by, raised_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.childId(), child.dateOfBirth(), r.siblings() == null ? 0 : r.siblings(),
                        postcode(r.schoolPostcode()), postcode(r.familyPostcode()), r.maxKm() == null ? 20 : r.maxKm(),
                        yes(r.disability()), text(r.religion()), text(r.language()), text(r.culture()), yes(r.onlyChild()),
                        yes(r.noYoungerChildren()), yes(r.noPets()), yes(r.emergency()),
                        r.neededBy() == null ? today() : r.neededBy(), Who.am())
                .query(Long.class).single();
        return changed("CREATE", id, "child " + r.childId());
    }

    @Override
    @Transactional
    @CanFindPlacements
    public PlacementRequest find(long id) {
        PlacementRequest r = load(id);
        events.publishEvent(new AuditableAction("VIEW", "placement_request", Long.toString(id), "child " + r.childId()));
        return r;
    }

    /** The request changed: the measures forgotten, the change audited, the request as it now is. */
    private PlacementRequest changed(String action, long id, String detail) {
        changes.changed();
        events.publishEvent(new AuditableAction(action, "placement_request", Long.toString(id), detail));
        return load(id);
    }

    private PlacementRequest load(long id) {
        long childId = jdbc.sql("select child_id from placement_request where id = ?").param(id).query(Long.class)
                .optional().orElseThrow(() -> new NotFound("No placement request " + id));
        Person child = people.find(childId).orElseThrow(() -> new NotFound("No placement request " + id));
        return jdbc.sql(RequestRows.SELECT + " where r.id = ?").param(id)
                .query((rs, i) -> RequestRows.request(rs, child.fullName())).single();
    }

    @Override
    @Transactional
    @CanFindPlacements
    public List<PlacementRequest> open(int limit) {
        List<Long> childIds = jdbc.sql("select child_id from placement_request where status = 'OPEN'").query(Long.class).list();
        Map<Long, Person> named = people.findAll(childIds);
        return jdbc.sql(RequestRows.SELECT + " where r.status = 'OPEN' order by r.needed_by, r.id limit " + Math.max(1, Math.min(limit, 500)))
                .query((rs, i) -> {
                    Person c = named.get(rs.getLong("child_id"));
                    return c == null ? null : RequestRows.request(rs, c.fullName());
                }).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    @Transactional
    @CanFindPlacements
    public Matches matches(long id) {
        PlacementRequest r = load(id);
        events.publishEvent(new AuditableAction("VIEW", "placement_request", Long.toString(id), "matches"));
        return rank(r);
    }

    Matches rank(PlacementRequest r) {
        PlacementNeeds n = r.needs();
        LocalDate on = n.neededBy();
        List<Candidate> candidates = jdbc.sql(HouseholdRows.SELECT + " where h.deregistered_on is null" + HouseholdRows.GROUP)
                .query((rs, i) -> HouseholdRows.candidate(rs, on)).list();
        GridReference school = n.schoolPostcode() == null ? null : distances.locate(n.schoolPostcode()).orElse(null);
        GridReference family = n.familyPostcode() == null ? null : distances.locate(n.familyPostcode()).orElse(null);
        return PlacementMatcher.rank(r.id(), n, candidates, school, family);
    }

    @Override
    @Transactional
    @CanFindPlacements
    public PlacementRequest choose(long id, long householdId, LocalDate from) {
        jdbc.sql("select id from placement_request where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("No placement request " + id));
        PlacementRequest r = load(id);
        if (!"OPEN".equals(r.status())) throw InvalidInput.of("householdId", "The request is already " + r.status().toLowerCase());
        LocalDate date = from == null ? today() : from;
        if (date.isAfter(today())) throw InvalidInput.of("date", "The placement date must be today or in the past");
        Matches m = rank(r);
        Match chosen = m.ranked().stream().filter(x -> x.householdId() == householdId).findFirst()
                .orElseThrow(() -> InvalidInput.of("householdId", "That household is not among the matches for this request"));
        // The placement itself is care's record (SSDA903): fostering keeps only the household's side of it.
        String type = chosen.approvalType() == ApprovalType.CONNECTED_PERSON ? "U3" : "U6";
        care.record(r.childId(), new NewCareEvent("PLACEMENT_CHANGE", date, null, null, type, "PR1", chosen.postcode(),
                null, false, "CARPL", null));
        jdbc.sql("update fostering_household_placement set to_date = ? where child_id = ? and to_date is null")
                .params(date, r.childId()).update();
        jdbc.sql("""
                insert into fostering_household_placement (household_id, child_id, request_id, from_date, child_born_on,
                  well_matched, created_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(householdId, r.childId(), id, date, people.find(r.childId()).map(Person::dateOfBirth).orElse(null),
                        chosen.needsUnmet() == 0, Who.am()).update();
        jdbc.sql("update placement_request set status = 'PLACED', chosen_household_id = ?, chosen_on = ? where id = ?")
                .params(householdId, date, id).update();
        return changed("UPDATE", id, "placed with household " + householdId + " (rank " + chosen.rank() + ")");
    }

    @Override
    @Transactional
    @CanFindPlacements
    public PlacementRequest recordExternalSearch(long id, String kind, String outcome) {
        PlacementRequest r = load(id);
        Problems p = new Problems();
        String k = kind == null ? "" : kind.trim().toUpperCase();
        if (!k.equals("IFA") && !k.equals("RESIDENTIAL")) p.add("kind", "Select where the search went: an independent fostering agency or residential");
        p.require("outcome", outcome, "Give the outcome of the search");
        if (!"OPEN".equals(r.status())) p.add("kind", "The request is already " + r.status().toLowerCase());
        p.throwIfAny();
        jdbc.sql("update placement_request set status = 'EXTERNAL', external_kind = ?, external_outcome = ? where id = ?")
                .params(k, outcome.trim(), id).update();
        return changed("UPDATE", id, "external search " + k);
    }

    private LocalDate today() { return LocalDate.now(clock); }

    private static boolean yes(Boolean b) { return Boolean.TRUE.equals(b); }

    private static String text(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    private static String postcode(String s) { return s == null || s.isBlank() ? null : Distances.normalise(s); }
}
