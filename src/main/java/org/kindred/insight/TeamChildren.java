package org.kindred.insight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which children a team held: provided by the module that allocates children to workers, so that the frame can
 * scope every measure to a team without reading allocation's tables.
 */
public interface TeamChildren {

    /** Children allocated to any of these workers at some time from {@code from} to {@code to} (both included). */
    Set<Long> heldBy(Collection<Long> workerIds, LocalDate from, LocalDate to);
}
