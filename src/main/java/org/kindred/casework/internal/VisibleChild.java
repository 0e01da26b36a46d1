package org.kindred.casework.internal;

import java.util.List;
import org.kindred.person.People;
import org.kindred.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The one visibility rule (ADR 0013) for this module: a child the user may not see has no notes, documents or tasks.
 * {@link #check} reads the register (audited as a view of the child); {@link #test} only asks whether the child is
 * hidden, for sections of a page that audits its own view.
 */
@Component
public class VisibleChild {
    private final People people;

    VisibleChild(People people) { this.people = people; }

    public void check(long childId) {
        if (people.find(childId).isEmpty()) throw new NotFound("Child");
    }

    public java.util.Set<Long> hiddenAmong(java.util.Collection<Long> childIds) {
        return childIds.isEmpty() ? java.util.Set.of() : people.hiddenAmong(childIds);
    }

    public boolean test(long childId) {
        return people.hiddenAmong(List.of(childId)).isEmpty();
    }
}
