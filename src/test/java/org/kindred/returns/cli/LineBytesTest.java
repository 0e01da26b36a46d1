package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.returns.validation.Failure;
import org.kindred.returns.validation.RuleType;

/** The report's lines made as bytes (the command line's path) are the text report's lines, encoded. */
class LineBytesTest {
    private static final List<Failure> FAILURES = List.of(
            new Failure("101", "Gender code is not valid.", RuleType.ERROR, "Header", 3, "C1", "SEX"),
            new Failure("8540", "Child’s disability is missing or invalid", RuleType.ERROR, "Disabilities", 0, "Zoë", "Disability"),
            new Failure("2887Q", "Whole return query", RuleType.QUERY, null, null, null, "Disability"),
            new Failure("143", "Reason for new episode “X”", RuleType.ERROR, "Episodes", 12, null, ""));

    @Test
    void bytesAreTheTextLinesEncoded() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII)) {
            LineBytes bytes = new LineBytes(charset, 1);
            StringBuilder text = new StringBuilder();
            for (Failure f : FAILURES) {
                bytes.line(f);
                ReportText.line(f, text).append('\n');
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bytes.writeTo(out);
            assertThat(out.toByteArray()).isEqualTo(text.toString().getBytes(charset));
        }
        assertThat(LineBytes.fits(StandardCharsets.UTF_16)).isFalse();
    }
}
