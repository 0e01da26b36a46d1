package org.kindred.care.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/**
 * Every care table naming a child, for merge and unmerge. care_episode and care_due are derived from the others;
 * they move with them and are rewritten on the next change to the surviving child's care.
 */
@Component
class CareReferences implements PersonReferences {
    private static final List<String> TABLES = List.of("care_event", "care_episode", "care_review", "care_visit",
            "missing_episode", "care_check", "care_outcome", "care_uasc", "care_family_contact", "care_leaver_adviser",
            "care_leaver_outcome", "care_adoption", "care_adoption_decision", "care_previous_permanence",
            "care_sw_episode", "care_due");

    @Override
    public List<PersonColumn> personColumns() {
        return TABLES.stream().map(t -> PersonColumn.of(t, "child_id")).toList();
    }
}
