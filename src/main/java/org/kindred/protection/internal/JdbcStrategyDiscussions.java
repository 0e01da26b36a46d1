package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.person.People;
import org.kindred.protection.NewStrategyDiscussion;
import org.kindred.protection.StrategyDecision;
import org.kindred.protection.StrategyDiscussion;
import org.kindred.protection.StrategyDiscussions;
import org.kindred.protection.StrategyRoute;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcStrategyDiscussions implements StrategyDiscussions {
    private static final String SELECT = "select * from strategy_discussion where deleted_at is null";
    private final JdbcClient jdbc;
    private final People people;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcStrategyDiscussions(JdbcClient jdbc, People people, Audit audit, ProtectionChronology chronology, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public StrategyDiscussion record(NewStrategyDiscussion in) {
        Problems p = new Problems();
        if (in.childId() == null) {
            p.add("childId", "Enter the child's Kindred id");
        } else if (people.find(in.childId()).isEmpty()) {
            p.add("childId", "There is no child with this Kindred id");
        }
        LocalDate heldOn = Checks.required(p, "heldOn", in.heldOn(), "Date of the strategy discussion",
                "Enter the date of the strategy discussion", Checks.today(clock));
        StrategyRoute route = StrategyRoute.fromName(in.route()).orElse(null);
        if (route == null) p.add("route", "Select why the strategy discussion was held");
        p.require("agencies", in.agencies(), "Enter the agencies present");
        p.require("information", in.information(), "Enter the information shared");
        StrategyDecision decision = StrategyDecision.fromName(in.decision()).orElse(null);
        if (decision == null) p.add("decision", "Select whether to start a section 47 enquiry");
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into strategy_discussion (child_id, held_on, route, agencies, information, decision, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(in.childId(), heldOn, route.name(), in.agencies().trim(), in.information().trim(),
                        decision.name(), CurrentUser.get().username())
                .query(Long.class).single();
        audit.record("CREATE", "strategy_discussion", id, "child " + in.childId() + ", " + decision.name());
        chronology.step(in.childId(), heldOn, "Strategy discussion", "Strategy discussion with " + in.agencies().trim()
                + ": " + decision.label(), "strategy_discussion", id, "protection");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<StrategyDiscussion> find(long id) {
        Optional<StrategyDiscussion> found = load(id).filter(d -> people.find(d.childId()).isPresent());
        audit.view("strategy_discussion", id, found.isPresent());
        return found;
    }

    @Override
    @Transactional
    public List<StrategyDiscussion> forChild(long childId) {
        List<StrategyDiscussion> list = people.find(childId).isEmpty() ? List.of()
                : jdbc.sql(SELECT + " and child_id = ? order by held_on desc, id desc").params(childId)
                .query(JdbcStrategyDiscussions::map).list();
        audit.list("strategy_discussion", childId, list.size());
        return list;
    }

    /** Without audit or visibility: for this module's own checks. */
    Optional<StrategyDiscussion> load(long id) {
        return jdbc.sql(SELECT + " and id = ?").params(id).query(JdbcStrategyDiscussions::map).optional();
    }

    private static StrategyDiscussion map(ResultSet rs, int n) throws SQLException {
        return new StrategyDiscussion(rs.getLong("id"), rs.getLong("child_id"),
                rs.getObject("held_on", LocalDate.class), StrategyRoute.valueOf(rs.getString("route")),
                rs.getString("agencies"), rs.getString("information"),
                StrategyDecision.valueOf(rs.getString("decision")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
