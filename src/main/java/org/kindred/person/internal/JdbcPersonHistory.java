package org.kindred.person.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.person.Address;
import org.kindred.person.AddressPeriod;
import org.kindred.person.NameKind;
import org.kindred.person.NewAddress;
import org.kindred.person.NewPersonName;
import org.kindred.person.PersonHistory;
import org.kindred.person.PersonName;
import org.kindred.person.PersonRegistered;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPersonHistory implements PersonHistory {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final VisiblePeople visible;
    private final Clock clock;

    JdbcPersonHistory(JdbcClient jdbc, ApplicationEventPublisher events, VisiblePeople visible, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.visible = visible;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public List<PersonName> names(long personId) {
        visible.require(personId);
        audit("VIEW_NAMES", personId, null);
        return jdbc.sql("select * from person_name where person_id = ? order by from_date desc nulls last, id desc")
                .param(personId).query(JdbcPersonHistory::name).list();
    }

    @Override
    @Transactional
    public PersonName addName(long personId, NewPersonName in) {
        visible.require(personId);
        ValidName n = HistoryCheck.name(in, LocalDate.now(clock));
        long id = jdbc.sql("""
                insert into person_name (person_id, kind, given_names, family_name, from_date, to_date, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(personId, n.kind().name(), n.givenNames(), n.familyName(), n.from(), n.to(), who())
                .query(Long.class).single();
        audit("ADD_NAME", personId, n.kind().name());
        events.publishEvent(new PersonRegistered(personId));
        return new PersonName(id, personId, n.kind(), n.givenNames(), n.familyName(), n.from(), n.to());
    }

    @Override
    @Transactional
    public List<AddressPeriod> addresses(long personId) {
        visible.require(personId);
        audit("VIEW_ADDRESSES", personId, null);
        return jdbc.sql("""
                select * from person_address where person_id = ?
                order by to_date desc nulls first, from_date desc nulls last, id desc""")
                .param(personId).query(JdbcPersonHistory::address).list();
    }

    @Override
    @Transactional
    public AddressPeriod moveTo(long personId, NewAddress in) {
        visible.require(personId);
        jdbc.sql("select id from person where id = ? for update").param(personId).query(Long.class).single();
        LocalDate currentFrom = jdbc.sql("""
                select max(coalesce(from_date, date '1900-01-01')) from person_address
                where person_id = ? and to_date is null""").param(personId).query(LocalDate.class).optional().orElse(null);
        ValidAddress a = HistoryCheck.address(in, LocalDate.now(clock), currentFrom);
        // A move on the day the current address began ends it that same day, never before it began.
        jdbc.sql("""
                update person_address set to_date = greatest(cast(? as date), from_date)
                where person_id = ? and to_date is null""").params(a.from().minusDays(1), personId).update();
        long id = jdbc.sql("""
                insert into person_address (person_id, line1, line2, town, postcode, from_date, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(personId, a.line1(), a.line2(), a.town(), a.postcode(), a.from(), who())
                .query(Long.class).single();
        audit("ADD_ADDRESS", personId, "moved in " + a.from());
        events.publishEvent(new PersonRegistered(personId));
        return new AddressPeriod(id, new Address(a.line1(), a.line2(), a.town(), a.postcode()), a.from(), null);
    }

    private void audit(String action, long personId, String detail) {
        events.publishEvent(new AuditableAction(action, "person", Long.toString(personId), detail));
    }

    private static String who() { return CurrentUser.get().username(); }

    private static PersonName name(ResultSet rs, int n) throws SQLException {
        return new PersonName(rs.getLong("id"), rs.getLong("person_id"), NameKind.valueOf(rs.getString("kind")),
                rs.getString("given_names"), rs.getString("family_name"), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class));
    }

    private static AddressPeriod address(ResultSet rs, int n) throws SQLException {
        return new AddressPeriod(rs.getLong("id"), new Address(rs.getString("line1"), rs.getString("line2"),
                rs.getString("town"), rs.getString("postcode")), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class));
    }
}
