package org.kindred.person.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.access.UserView;
import org.kindred.access.Users;
import org.kindred.person.NewPerson;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonPage;
import org.kindred.person.PersonRegistered;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcPeople implements People {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Users users;

    JdbcPeople(JdbcClient jdbc, ApplicationEventPublisher events, Optional<Clock> clock, Users users) {
        this.jdbc = jdbc;
        this.events = events;
        this.users = users;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public Person create(NewPerson in) {
        ValidPerson p = NewPersonCheck.validate(in, LocalDate.now(clock));
        String who = CurrentUser.get().username();
        long id = jdbc.sql("""
                insert into person (kind, given_names, family_name, date_of_birth, expected_date_of_birth, sex,
                                    ethnicity, nhs_number, upn, created_by, updated_by)
                values (:kind, :given, :family, :dob, :edob, :sex, :eth, :nhs, :upn, :who, :who) returning id""")
                .param("kind", p.kind().name()).param("given", p.givenNames()).param("family", p.familyName())
                .param("dob", p.dateOfBirth()).param("edob", p.expectedDateOfBirth()).param("sex", p.sex().name())
                .param("eth", p.ethnicity() == null ? null : p.ethnicity().name()).param("nhs", p.nhsNumber())
                .param("upn", p.upn()).param("who", who)
                .query(Long.class).single();
        if (p.postcode() != null) {
            jdbc.sql("""
                    insert into person_address (person_id, line1, line2, town, postcode, from_date, created_by)
                    values (?, ?, ?, ?, ?, current_date, ?)""")
                    .params(id, p.line1(), p.line2(), p.town(), p.postcode(), who).update();
        }
        events.publishEvent(new AuditableAction("CREATE", "person", Long.toString(id), p.kind().name()));
        events.publishEvent(new PersonRegistered(id));
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public List<Long> createAll(List<NewPerson> in) {
        LocalDate today = LocalDate.now(clock);
        List<ValidPerson> valid = new java.util.ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            try {
                valid.add(NewPersonCheck.validate(in.get(i), today));
            } catch (InvalidInput e) {
                String at = "people[" + i + "].";
                throw new InvalidInput(e.errors().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        x -> at + x.getKey(), java.util.Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
            }
        }
        if (valid.isEmpty()) return List.of();
        List<Long> ids = new PeopleRows(jdbc).insert(valid, CurrentUser.get().username());
        events.publishEvent(new org.kindred.shared.AuditableActions(java.util.stream.IntStream.range(0, ids.size())
                .mapToObj(i -> new AuditableAction("CREATE", "person", Long.toString(ids.get(i)), valid.get(i).kind().name()))
                .toList()));
        events.publishEvent(new org.kindred.person.PeopleRegistered(ids));
        return ids;
    }

    @Override
    @Transactional
    public Optional<Person> find(long id) {
        Optional<Person> person = load(id);
        // The page that found the child need not ask again whether it is hidden (its sections do).
        VisibilityThisRequest.answers().ifPresent(a -> a.put(java.util.List.of(id),
                person.isPresent() ? java.util.Set.of() : java.util.Set.of(id)));
        // A refused look at a restricted record is audited too: it may be someone fishing.
        events.publishEvent(AuditableAction.view("person", id, person.isPresent()));
        return person;
    }

    @Override
    @Transactional
    public java.util.Map<Long, Person> findAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, Person> found = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        CurrentUser user = CurrentUser.get();
        Long[] wanted = ids.stream().distinct().toArray(Long[]::new);
        jdbc.sql(PersonRows.SELECT + " where p.id = any(:ids) and " + PersonRows.VISIBLE)
                .param("ids", wanted).param("admin", user.administrator()).param("uid", user.id())
                .query(PersonRows::map).list().forEach(p -> found.put(p.id(), p));
        events.publishEvent(new AuditableAction("VIEW", "person", null, found.size() + " of " + wanted.length
                + " shown in a list: " + found.keySet()));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> hiddenAmong(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        CurrentUser user = CurrentUser.get();
        Long[] wanted = ids.stream().distinct().sorted().toArray(Long[]::new);
        var answers = VisibilityThisRequest.answers();
        java.util.List<Long> key = java.util.List.of(wanted);
        java.util.Set<Long> known = answers.map(a -> a.get(key)).orElse(null);
        if (known != null) return known;
        java.util.Set<Long> hidden = new java.util.HashSet<>(key);
        hidden.removeAll(jdbc.sql("select p.id from person p where p.id = any(:ids) and " + PersonRows.VISIBLE)
                .param("ids", wanted).param("admin", user.administrator()).param("uid", user.id())
                .query(Long.class).list());
        java.util.Set<Long> answer = java.util.Set.copyOf(hidden);
        answers.ifPresent(a -> a.put(key, answer));
        return answer;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> hiddenFromUser() {
        CurrentUser user = CurrentUser.get();
        // The partial index person_hidden_idx holds just the restricted and deleted records.
        return new java.util.HashSet<>(jdbc.sql("select p.id from person p where (p.restricted or p.deleted_at is not null)"
                        + " and not (" + PersonRows.VISIBLE + ")")
                .param("admin", user.administrator()).param("uid", user.id()).query(Long.class).list());
    }

    private Optional<Person> load(long id) {
        CurrentUser user = CurrentUser.get();
        return jdbc.sql(PersonRows.SELECT + " where p.id = :id and " + PersonRows.VISIBLE)
                .param("id", id).param("admin", user.administrator()).param("uid", user.id())
                .query(PersonRows::map).optional();
    }

    @Override
    @Transactional
    public PersonPage list(String nameContains, int page, int size) {
        return list(nameContains, page, size, "", null, new Long[0]);
    }

    @Override
    @Transactional
    public PersonPage listChildren(String nameContains, int page, int size, java.time.LocalDate today,
                                   java.util.Collection<Long> careLeavers) {
        return list(nameContains, page, size, """
                 and (p.kind = 'UNBORN' or (p.kind = 'CHILD' and (p.date_of_birth is null or p.date_of_birth > :adult))
                      or (p.id = any(:leavers) and p.date_of_birth > :old))""", today, careLeavers.toArray(Long[]::new));
    }

    private PersonPage list(String nameContains, int page, int size, String only, java.time.LocalDate today, Long[] leavers) {
        CurrentUser user = CurrentUser.get();
        int safeSize = Math.max(1, Math.min(size, 200));
        int safePage = Math.max(0, page);
        String filter = only + (nameContains == null || nameContains.isBlank() ? "" : """
                 and (lower(p.family_name) like :q or lower(p.given_names) like :q
                      or lower(p.given_names || ' ' || p.family_name) like :q)""");
        String q = nameContains == null ? "" : "%" + nameContains.trim().toLowerCase().replace("%", "") + "%";
        long total = jdbc.sql("select count(*) from person p where " + PersonRows.VISIBLE + " and " + PersonRows.LISTED + filter)
                .param("admin", user.administrator()).param("uid", user.id()).param("q", q).param("adult", today == null ? null : today.minusYears(18))
                .param("old", today == null ? null : today.minusYears(25)).param("leavers", leavers)
                .query(Long.class).single();
        List<Person> people = jdbc.sql(PersonRows.SELECT + " where " + PersonRows.VISIBLE + " and " + PersonRows.LISTED + filter
                        + " order by lower(p.family_name), lower(p.given_names), p.id limit :limit offset :offset")
                .param("admin", user.administrator()).param("uid", user.id()).param("q", q).param("adult", today == null ? null : today.minusYears(18))
                .param("old", today == null ? null : today.minusYears(25)).param("leavers", leavers)
                .param("limit", safeSize).param("offset", (long) safePage * safeSize)
                .query(PersonRows::map).list();
        events.publishEvent(new AuditableAction("LIST", "person", null,
                "page " + safePage + ", " + people.size() + " shown" + (only.isEmpty() ? "" : ", children")
                        + (nameContains == null || nameContains.isBlank() ? "" : ", name filter")));
        return new PersonPage(people, safePage, safeSize, total);
    }

    @Override
    @Transactional
    public void restrict(long id, String reason, List<String> grantedUsernames) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Enter the reason the record is restricted");
        }
        CurrentUser user = CurrentUser.get();
        load(id).orElseThrow(() -> InvalidInput.of("id", "There is no such person"));
        jdbc.sql("update person set restricted = true, updated_at = now(), updated_by = ? where id = ?")
                .params(user.username(), id).update();
        List<String> grants = new java.util.ArrayList<>(grantedUsernames);
        grants.add(user.username());
        for (String username : grants) {
            long userId = users.find(username).map(UserView::id)
                    .orElseThrow(() -> InvalidInput.of("grantTo", "There is no user called " + username));
            jdbc.sql("""
                    insert into person_access_grant (person_id, user_id, granted_by, reason)
                    values (?, ?, ?, ?) on conflict do nothing""")
                    .params(id, userId, user.username(), reason.trim()).update();
        }
        events.publishEvent(new AuditableAction("RESTRICT", "person", Long.toString(id), "granted to " + grants));
    }

    @Override
    @Transactional
    @org.kindred.access.CaseRoles.AdministratorsOnly
    public List<Restriction> restrictions() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        users.list().forEach(u -> names.put(u.id(), u.username()));
        java.util.Map<Long, List<Grant>> grants = new java.util.HashMap<>();
        jdbc.sql("""
                select g.person_id, g.user_id, g.granted_by, g.granted_at, g.reason from person_access_grant g
                join person p on p.id = g.person_id where p.restricted order by g.granted_at""").query(rs -> {
            String username = names.getOrDefault(rs.getLong("user_id"), "user " + rs.getLong("user_id"));
            grants.computeIfAbsent(rs.getLong("person_id"), k -> new java.util.ArrayList<>()).add(new Grant(username,
                    rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant(), rs.getString("reason")));
        });
        List<Restriction> list = jdbc.sql("select id, given_names || ' ' || family_name from person where restricted"
                        + " and deleted_at is null order by id")
                .query((rs, n) -> new Restriction(rs.getLong(1), rs.getString(2), grants.getOrDefault(rs.getLong(1), List.of())))
                .list();
        events.publishEvent(new AuditableAction("LIST", "person", null, "restricted records: " + list.size()));
        return list;
    }

    @Override
    @Transactional
    @org.kindred.access.CaseRoles.AdministratorsOnly
    public void lift(long id, String reason) {
        requireReason(reason);
        if (jdbc.sql("update person set restricted = false, updated_at = now(), updated_by = ? where id = ? and restricted")
                .params(CurrentUser.get().username(), id).update() == 0) {
            throw InvalidInput.of("id", "Record " + id + " is not restricted");
        }
        events.publishEvent(new AuditableAction("UNRESTRICT", "person", Long.toString(id), reason.trim()));
    }

    @Override
    @Transactional
    @org.kindred.access.CaseRoles.AdministratorsOnly
    public void grant(long id, String username, String reason) {
        requireReason(reason);
        long userId = restrictedGrantee(id, username);
        jdbc.sql("""
                insert into person_access_grant (person_id, user_id, granted_by, reason)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(id, userId, CurrentUser.get().username(), reason.trim()).update();
        events.publishEvent(new AuditableAction("GRANT", "person", Long.toString(id), username + ": " + reason.trim()));
    }

    @Override
    @Transactional
    @org.kindred.access.CaseRoles.AdministratorsOnly
    public void removeGrant(long id, String username, String reason) {
        requireReason(reason);
        long userId = restrictedGrantee(id, username);
        // Access, not case data: the grant goes, and the audit trail keeps who had it and who took it away.
        if (jdbc.sql("delete from person_access_grant where person_id = ? and user_id = ?").params(id, userId).update() == 0) {
            throw InvalidInput.of("username", username + " has no access to record " + id);
        }
        events.publishEvent(new AuditableAction("UNGRANT", "person", Long.toString(id), username + ": " + reason.trim()));
    }

    private long restrictedGrantee(long id, String username) {
        if (jdbc.sql("select count(*) from person where id = ? and restricted").param(id).query(Long.class).single() == 0) {
            throw InvalidInput.of("id", "Record " + id + " is not restricted");
        }
        return users.find(username == null ? "" : username.trim()).map(UserView::id)
                .orElseThrow(() -> InvalidInput.of("username", "There is no user called " + username));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "Enter the reason");
        }
    }
}
