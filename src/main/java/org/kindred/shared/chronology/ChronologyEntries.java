package org.kindred.shared.chronology;

import java.util.List;

/**
 * Many {@link ChronologyEntry}s published at once by a batch command (an import): stored in one statement, in the
 * publisher's transaction, and heard by the chronology's listeners as one change.
 */
public record ChronologyEntries(List<ChronologyEntry> entries) {
    public ChronologyEntries {
        entries = List.copyOf(entries);
    }
}
