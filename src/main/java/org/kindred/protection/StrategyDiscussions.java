package org.kindred.protection;

import java.util.List;
import java.util.Optional;

/** Strategy discussions. Every read and change is audited; a child the user may not see is treated as not existing. */
public interface StrategyDiscussions {
    StrategyDiscussion record(NewStrategyDiscussion discussion);

    Optional<StrategyDiscussion> find(long id);

    /** The child's discussions, newest first. */
    List<StrategyDiscussion> forChild(long childId);
}
