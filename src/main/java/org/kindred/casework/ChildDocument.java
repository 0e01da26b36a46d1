package org.kindred.casework;

import java.time.Instant;

/**
 * A document on a child's record, without its content.
 *
 * @param mediaType the type sniffed from the content (never the browser's claim)
 * @param sha256 the content's SHA-256 checksum, hex
 */
public record ChildDocument(long id, long childId, DocumentType type, String title, String fileName, String mediaType,
                            long size, String sha256, Instant uploadedAt, String uploadedBy) {

    /** The size as people read it: "340 KB", "2.1 MB". */
    public String sizeText() {
        if (size < 1024 * 1024) return Math.max(1, size / 1024) + " KB";
        return String.format("%.1f MB", size / (1024.0 * 1024.0));
    }
}
