package org.kindred.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.kindred.casework.CaseNote;
import org.kindred.casework.CaseNotes;
import org.kindred.casework.ChildDocument;
import org.kindred.casework.Documents;
import org.kindred.casework.Task;
import org.kindred.casework.Tasks;
import org.kindred.shared.childpage.ChildPagePart;
import org.kindred.shared.childpage.ChildPageSource;
import org.springframework.stereotype.Component;

/**
 * The child's page: the latest case notes, the open tasks and the latest documents, read with the rest of the page
 * before it renders (a template that queries while rendering cannot share the page's transaction, and fails part-way
 * when the database does).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseworkChildPart implements ChildPageSource {
    static final int SHOWN = 5;
    private final CaseNotes notes;
    private final Tasks tasks;
    private final Documents documents;

    /** What the section draws. */
    public record Casework(long childId, List<CaseNote> notes, List<Task> tasks, List<ChildDocument> documents) {
    }

    @Override
    public Optional<ChildPagePart> partFor(long childId, LocalDate today) {
        return Optional.of(ChildPagePart.section(90, "casework/sections :: child", new Casework(childId,
                notes.latest(childId, SHOWN), tasks.openFor(childId), documents.latest(childId, SHOWN))));
    }
}
