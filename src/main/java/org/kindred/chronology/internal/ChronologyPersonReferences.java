package org.kindred.chronology.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** A merge moves a child's chronology to the surviving record; an unmerge moves exactly those entries back. */
@Component
class ChronologyPersonReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("chronology_entry", "child_id"));
    }
}
