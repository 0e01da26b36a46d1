package org.kindred.protection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** What is due and overdue on this module's clocks, read in one set-based query (no audit: dates, not case notes). */
public interface ProtectionDue {

    /**
     * Items of the given kinds due on or before {@code horizon}, overdue ones included, earliest first;
     * {@code childIds} null: every child.
     */
    List<ProtectionDueItem> dueBy(LocalDate horizon, Collection<Long> childIds, java.util.Set<DueKind> kinds);
}
