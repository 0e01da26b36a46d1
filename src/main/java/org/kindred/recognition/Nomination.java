package org.kindred.recognition;

import java.time.Instant;

/** A colleague's nomination of a colleague; the message is plain text, escaped wherever it is shown. */
public record Nomination(long id, long windowId, String nominee, String nomineeName, String nomineeTeam,
                         String nominatorName, Category category, String message, Instant nominatedAt) {

    public String categoryLabel() { return category == null ? "" : category.label(); }
}
