package org.kindred.fostering.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** Every fostering column naming a child, for merge and unmerge of person records (ADR 0005). */
@Component
class FosteringReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("placement_request", "child_id"),
                PersonColumn.of("fostering_household_placement", "child_id"),
                PersonColumn.of("fostering_household", "connected_child_id"));
    }
}
