package org.kindred.earlyhelp.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.kindred.earlyhelp.EarlyHelpEpisode.Member;
import org.kindred.earlyhelp.EarlyHelpEpisode;
import org.kindred.person.Families;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonKind;
import org.kindred.person.Relative;
import org.springframework.stereotype.Component;

/**
 * The register as early help sees it, through the person module's public API only: the household around a child
 * (people at the same current address), and the one visibility rule (a child the user may not see has no episode).
 */
@Component
@RequiredArgsConstructor
class Household {
    private final People people;
    private final Families families;

    Optional<Person> child(long id) { return people.find(id); }

    Map<Long, Person> people(Collection<Long> ids) { return people.findAll(ids); }

    /** The child first, then the others in the household, children before adults. */
    List<Member> members(Person child) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(child.id(), child.fullName(), child.dateOfBirth(), child.kind() != PersonKind.ADULT, "Child"));
        for (Relative r : families.of(child.id()).household()) {
            if (r.personId() == child.id()) continue;
            members.add(new Member(r.personId(), r.fullName(), r.dateOfBirth(), r.kind() != PersonKind.ADULT,
                    r.relationship()));
        }
        return members;
    }

    /** The episodes whose child the user may see, in one read of the register. */
    List<EarlyHelpEpisode> visible(List<EarlyHelpEpisode> episodes) {
        if (episodes.isEmpty()) return episodes;
        java.util.Set<Long> hidden = people.hiddenAmong(episodes.stream().map(EarlyHelpEpisode::childId).toList());
        return episodes.stream().filter(e -> !hidden.contains(e.childId())).toList();
    }

    /** Every record the user may not see, for counts computed here (ADR 0013). */
    java.util.Set<Long> hiddenFromUser() { return people.hiddenFromUser(); }
}
