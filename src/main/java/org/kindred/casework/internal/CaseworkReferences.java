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
        return List.of(PersonColumn.of("case_note", "child_id"), PersonColumn.of("case_note_draft", "child_id"),
                PersonColumn.of("parked_submission", "child_id"), PersonColumn.of("child_document", "child_id"),
                PersonColumn.of("task", "child_id"), PersonColumn.of("notification", "child_id"));
    }
}
