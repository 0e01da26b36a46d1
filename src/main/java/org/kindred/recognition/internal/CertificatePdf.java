package org.kindred.recognition.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.kindred.recognition.NominationWindow;
import org.kindred.shared.pdf.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Certificates drawn from the template recognition/certificate-pdf (Thymeleaf escapes every message: they are text)
 * and turned into PDF by openhtmltopdf, as the casework module prints a child's record. Only PDF's standard fonts:
 * nothing to embed, so a page is quick to make.
 */
@Component
@RequiredArgsConstructor
class CertificatePdf {
    private final ITemplateEngine templates;

    /** One document with a page (or more) per nominee. */
    byte[] render(NominationWindow window, List<NomineeNominations> nominees) {
        Context context = new Context(Locale.UK, Map.of("window", window, "nominees", nominees));
        String html = templates.process("recognition/certificate-pdf", context);
        return HtmlPdf.render(html);
    }

    /** Documents joined in order into one. */
    static byte[] merge(List<byte[]> parts) {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (byte[] part : parts) merger.addSource(new RandomAccessReadBuffer(part));
            merger.setDestinationStream(out);
            merger.mergeDocuments(null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
