package org.kindred.casework.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.kindred.casework.DocumentType;
import org.kindred.casework.DocumentUpload;
import org.kindred.casework.Documents;
import org.kindred.shared.InvalidInput;

/**
 * What an upload must be: not empty, at most 20 MB, and by its content (Apache Tika reads the first bytes; the name
 * only narrows a container such as a Word file's zip) a PDF, an image or a Word document. A web page named .pdf is
 * HTML by its content and refused. The stored name is rebuilt from safe characters and the sniffed type's extension.
 */
final class DocumentCheck {
    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif",
            "image/webp", "image/tiff", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final Tika TIKA = new Tika();

    record Valid(DocumentType type, String title, String fileName, String mediaType) {
    }

    private DocumentCheck() {
    }

    static Valid validate(DocumentUpload in) {
        Map<String, String> errors = new LinkedHashMap<>();
        DocumentType type = NoteCheck.parse(DocumentType.class, in.type());
        if (type == null) errors.put("type", "Select the type of document");
        String title = in.title() == null ? "" : in.title().strip();
        if (title.length() > 200) errors.put("title", "The title must be 200 characters or fewer");
        byte[] content = in.content();
        String media = null;
        if (content == null || content.length == 0) errors.put("file", "The selected file is empty");
        else if (content.length > Documents.MAX_BYTES) errors.put("file", "The selected file must be smaller than 20 MB");
        else {
            media = sniff(content, in.fileName());
            if (!ACCEPTED.contains(media)) {
                errors.put("file", "The selected file must be a PDF, an image (JPEG, PNG, GIF, WebP, TIFF) or a Word "
                        + "document: its content is " + media);
            }
        }
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        String name = safeName(in.fileName(), media);
        return new Valid(type, title.isEmpty() ? name : title, name, media);
    }

    static String sniff(byte[] content, String name) {
        try {
            return TIKA.detect(new ByteArrayInputStream(content), safeBase(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's name reduced to letters, digits and a few marks, with the extension of the sniffed type. */
    static String safeName(String given, String media) {
        String base = safeBase(given);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        stem = stem.replaceAll("[^A-Za-z0-9 _()-]", "").replaceAll("\\s+", " ").strip();
        if (stem.isEmpty()) stem = "document";
        if (stem.length() > 100) stem = stem.substring(0, 100).strip();
        return stem + extension(media);
    }

    private static String safeBase(String given) {
        String s = given == null ? "" : given;
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }

    private static String extension(String media) {
        try {
            return MimeTypes.getDefaultMimeTypes().forName(media).getExtension();
        } catch (MimeTypeException e) {
            return "";
        }
    }
}
