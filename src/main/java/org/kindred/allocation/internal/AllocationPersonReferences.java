package org.kindred.allocation.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** A merge moves a child's allocations to the surviving record; an unmerge moves exactly them back. */
@Component
class AllocationPersonReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("allocation", "child_id"));
    }
}
