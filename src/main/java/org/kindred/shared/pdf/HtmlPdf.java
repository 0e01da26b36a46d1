package org.kindred.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * HTML to PDF with openhtmltopdf. Thymeleaf's HTML is not necessarily well-formed XML, which openhtmltopdf's own
 * parser needs, so jsoup parses it into a DOM first (the route openhtmltopdf's documentation gives).
 */
public final class HtmlPdf {
    private HtmlPdf() {
    }

    public static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
