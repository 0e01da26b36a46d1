package org.kindred.shared.childpage;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A feature module's part of the child's page. The page has already found the child (visible to this user) and
 * audited the view once, so a source reads its own tables for one child, with no audit entry of its own, in a query
 * or two: the page answers within 50 ms.
 */
public interface ChildPageSource {

    /** This module's facts and section for the child; empty when it has nothing to say about them. */
    Optional<ChildPagePart> partFor(long childId, LocalDate today);
}
