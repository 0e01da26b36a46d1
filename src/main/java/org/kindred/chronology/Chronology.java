package org.kindred.chronology;

import java.util.List;
import org.kindred.shared.chronology.ChronologyEntry;

/**
 * A child's chronology. Reads are audited; a child the user may not see has no chronology (as if it did not exist).
 * Workers' entries are never deleted: they are struck out with a reason, or corrected by a new entry.
 */
public interface Chronology {
    /** The categories a worker may choose for an entry written by hand. */
    List<String> HAND_WRITTEN_CATEGORIES = List.of("Case note", "Home visit", "Meeting", "Telephone call",
            "Significant event", "Correction", "Other");

    /** The child's entries, newest first; only those in {@code category} when it is not blank. */
    List<ChronologyItem> forChild(long childId, String category);

    /** The categories the child's chronology holds, in alphabetical order, for the filter. */
    List<String> categories(long childId);

    /** A worker's entry; refused with field errors (date, category, text), changing nothing. */
    ChronologyItem add(long childId, NewChronologyEntry entry);

    /** Strikes an entry out as wrong, with the reason (field "reason"); refused when already struck out. */
    ChronologyItem strikeOut(long childId, long entryId, String reason);

    /** Stores many entries at once by batch insert, for demo data and imports; returns how many were stored. */
    int recordAll(List<ChronologyEntry> entries);
}
