package org.kindred.casework;

import java.util.List;
import java.util.Optional;

/**
 * Documents on a child's record: PDF, images and Word, up to {@link #MAX_BYTES}, typed from their content. Every
 * upload, list and download is audited; a child the user may not see has no documents.
 */
public interface Documents {
    long MAX_BYTES = 20L * 1024 * 1024;

    /** Stores the document; refused with field errors (empty, too large, a type not accepted), storing nothing. */
    ChildDocument upload(long childId, DocumentUpload upload);

    /** The child's documents, newest first; only those of {@code type} when it is not null. */
    List<ChildDocument> forChild(long childId, DocumentType type);

    /** The latest documents for a section of the child's page (not audited by itself: the page audits its view). */
    List<ChildDocument> latest(long childId, int limit);

    /** The document and its content, audited as a download. */
    Optional<Download> download(long childId, long documentId);

    record Download(ChildDocument document, byte[] content) {
    }
}
