package org.kindred.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kindred.casework.DocumentUpload;
import org.kindred.casework.Documents;
import org.kindred.shared.InvalidInput;

class DocumentCheckTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    @Test
    void aPdfIsAcceptedByItsContentAndItsNameIsMadeSafe() {
        DocumentCheck.Valid v = DocumentCheck.validate(new DocumentUpload("REPORT", " ", "C:\\docs\\..\\Report <2026>!.PDF", PDF));
        assertThat(v.mediaType()).isEqualTo("application/pdf");
        assertThat(v.fileName()).isEqualTo("Report 2026.pdf");
        assertThat(v.title()).isEqualTo(v.fileName());
    }

    @Test
    void anImageNamedAsAnythingIsAnImage() {
        assertThat(DocumentCheck.validate(new DocumentUpload("PHOTO", "Bedroom", "photo.doc", PNG)).mediaType())
                .isEqualTo("image/png");
    }

    @Test
    void aWebPageNamedPdfIsRefused() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocumentCheck.validate(new DocumentUpload("REPORT", "x", "report.pdf", html)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("file")).contains("text/html"));
    }

    @Test
    void emptyAndOverTheLimitAreRefused() {
        assertThatThrownBy(() -> DocumentCheck.validate(new DocumentUpload("REPORT", "x", "a.pdf", new byte[0])))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("file")).contains("empty"));
        byte[] big = new byte[(int) Documents.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> DocumentCheck.validate(new DocumentUpload("REPORT", "x", "a.pdf", big)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("file")).contains("20 MB"));
    }

    @Test
    void aTypeMustBeChosen() {
        assertThatThrownBy(() -> DocumentCheck.validate(new DocumentUpload("", "x", "a.pdf", PDF)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("type"));
    }
}
