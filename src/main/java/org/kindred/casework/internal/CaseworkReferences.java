package org.kindred.casework.internal;

import java.util.List;
import org.kindred.person.PersonReferences;
import org.springframework.stereotype.Component;

/**
 * Every case-work column naming a child, for merge and unmerge of person records (ADR 0005): a merged child's notes,
 * drafts, documents, tasks and notifications follow the child, and go back on an unmerge.
 */
@Component
class CaseworkReferences implements PersonReferences {
    @Override
    public List<PersonColumn> personColumns() {
        // A draft is one per worker and child, a parked note is known by its key: those name the rows moved
        return List.of(PersonColumn.of("case_note", "child_id"),
                new PersonColumn("case_note_draft", "child_id", "user_id"),
                new PersonColumn("parked_submission", "child_id", "parked_key"), PersonColumn.of("child_document", "child_id"),
                PersonColumn.of("task", "child_id"), PersonColumn.of("notification", "child_id"));
    }
}
