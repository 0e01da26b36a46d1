package org.kindred.person.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/** The register's own rows that belong to a person and follow them in a merge. */
@Component
class RegisterReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        return List.of(PersonColumn.of("person_address", "person_id"), PersonColumn.of("person_name", "person_id"),
                PersonColumn.of("person_relationship", "person_id"), PersonColumn.of("person_relationship", "related_id"),
                PersonColumn.of("person_access_grant", "person_id"));
    }
}
