package org.kindred.person.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.kindred.access.CurrentUser;
import org.kindred.person.NewPerson;
import org.kindred.person.Person;
import org.kindred.person.RegisterSearch;
import org.kindred.person.SearchCandidate;
import org.kindred.person.internal.search.RegisterIndex;
import org.kindred.person.internal.search.SearchQueries;
import org.kindred.person.matching.MatchCandidate;
import org.kindred.person.matching.PersonRecord;
import org.kindred.shared.AuditableAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class JdbcRegisterSearch implements RegisterSearch {
    /** Candidates below this probability are noise to a worker at the front door. */
    static final double SHOWN_FROM = 0.05;
    private final RegisterIndex index;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    @Override
    @Transactional
    public List<SearchCandidate> search(String text, int limit) {
        List<SearchCandidate> found = visible(SearchQueries.fromText(text), limit);
        events.publishEvent(new AuditableAction("SEARCH", "person", null, "\"" + text + "\": " + found.size() + " shown"));
        return found;
    }

    @Override
    @Transactional
    public List<SearchCandidate> likelyMatches(NewPerson person, int limit) {
        List<SearchCandidate> found = visible(SearchQueries.fromNewPerson(person), limit);
        events.publishEvent(new AuditableAction("SEARCH", "person", null, "before creating: " + found.size() + " shown"));
        return found;
    }

    /** Ranked candidates the current user may see; a restricted record is dropped as if it did not exist. */
    private List<SearchCandidate> visible(PersonRecord example, int limit) {
        // A person found through an alias and their own name is shown once, at the better of the two.
        Map<Long, MatchCandidate> best = new java.util.LinkedHashMap<>();
        index.search(example, limit * 3).stream().filter(c -> c.probability() >= SHOWN_FROM)
                .forEach(c -> best.putIfAbsent(RegisterIndex.personId(c.id()), c));
        List<Long> ids = new ArrayList<>(best.keySet());
        if (ids.isEmpty()) {
            return List.of();
        }
        CurrentUser user = CurrentUser.get();
        Map<Long, Person> people = jdbc.sql(PersonRows.SELECT + " where p.id in (:ids) and " + PersonRows.VISIBLE + " and " + PersonRows.LISTED)
                .param("ids", ids)
                .param("admin", user.administrator()).param("uid", user.id())
                .query(PersonRows::map).list().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<SearchCandidate> result = new ArrayList<>();
        for (Map.Entry<Long, MatchCandidate> e : best.entrySet()) {
            MatchCandidate c = e.getValue();
            Person p = people.get(e.getKey());
            if (p != null && result.size() < limit) {
                result.add(new SearchCandidate(p, c.probability(), c.explanation().fields()));
            }
        }
        return result;
    }
}
