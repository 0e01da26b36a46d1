package org.kindred.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;

/** The hand-split CSV reading gives exactly what the CSV library gives, cells and errors alike. */
class CsvFastPathTest {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");

    @Test
    void sameCellsAsTheLibraryOnEveryFakeFile() throws IOException {
        try (var files = Files.list(FAKE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertSame(f);
            }
        }
    }

    @Test
    void sameCellsOnAwkwardFiles(@TempDir Path dir) throws IOException {
        Path crlf = dir.resolve("reviews.csv");
        Files.writeString(crlf, "\uFEFFCHILD,DOB,REVIEW,REVIEW_CODE\r\n\r\n1,01/01/2010,,pn1\r\n2,,02/02/2020\r\n \r\n3,x,y,z", StandardCharsets.UTF_8);
        assertSame(crlf);
        Path quoted = dir.resolve("missing.csv");
        Files.writeString(quoted, "CHILD,DOB,MISSING,MIS_START,MIS_END\n\"1,2\",01/01/2010,m,,\n", StandardCharsets.UTF_8);
        assertSame(quoted);
    }

    @Test
    void sameCellsOnAwkwardPlainAsciiFiles(@TempDir Path dir) throws IOException {
        // Read from the bytes (AsciiCsv): CRLF, blank lines, short rows, lower case, no final new line, spaces.
        Path reviews = dir.resolve("reviews.csv");
        Files.writeString(reviews, " CHILD ,DOB,REVIEW,REVIEW_CODE\r\n\r\n1,01/01/2010,,pn1\r\n2,,02/02/2020\r\n \r\n"
                + "3,x,y,z\n\n4\n5,a b ,,\n6,pn1,Pn1,PN1");
        assertSame(reviews);
        Path big = dir.resolve("episodes.csv");
        StringBuilder text = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i % 977).append(",0").append(i % 28 + 1).append("/04/2020,p,c").append(i % 5).append(",n").append(i)
                    .append(",,,,,,x").append(i % 3).append(",,\n");
        }
        Files.writeString(big, text);
        assertSame(big);
        Path headerOnly = dir.resolve("uasc.csv");
        Files.writeString(headerOnly, "\n\nCHILD,SEX,DOB,DUC\n");
        assertSame(headerOnly);
    }

    @Test
    void sameErrorsOnPlainAsciiFiles(@TempDir Path dir) throws IOException {
        Path wideAfterBadHeader = dir.resolve("reviews.csv");
        Files.writeString(wideAfterBadHeader, "CHILD,DOB,REVIEW,REVIEW_CODX\n1,2,3,4,5,6\n");
        assertSameError(wideAfterBadHeader).hasMessageContaining("REVIEW_CODX");
        Path wide = dir.resolve("missing.csv");
        Files.writeString(wide, "CHILD,DOB,MISSING,MIS_START,MIS_END\n\n1,2,3,4,5\n1,2,3,4,5,6,7\n");
        // The physical line (4: the blank line counts), where the library counts records (3).
        assertSameError(wide).hasMessageContaining("7 fields")
                .satisfies(e -> assertThat(((ReturnFileException) e).describe()).endsWith("missing.csv:4:6: "
                        + e.getMessage()));
        Path empty = dir.resolve("header.csv");
        Files.writeString(empty, "\r\n\n");
        assertThatThrownBy(() -> Ssda903Reader.readCsv(empty)).hasMessageContaining("empty file");
    }

    @Test
    void sameErrors(@TempDir Path dir) throws IOException {
        Path wide = dir.resolve("reviews.csv");
        Files.writeString(wide, "CHILD,DOB,REVIEW,REVIEW_CODE\n1,2,3,4\n1,2,3,4,5\n");
        assertThatThrownBy(() -> Ssda903Reader.readCsv(wide)).isInstanceOf(ReturnFileException.class)
                .hasMessageContaining(Ssda903ReaderDescribe.of(() -> Ssda903Reader.readCsvWithLibrary(wide)));
        Path notUtf8 = dir.resolve("header.csv");
        Files.write(notUtf8, new byte[] {'C', 'H', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> Ssda903Reader.readCsv(notUtf8)).hasMessageContaining("not UTF-8");
    }

    private static void assertSame(Path f) {
        Table fast = Ssda903Reader.readCsv(f);
        Table library = Ssda903Reader.readCsvWithLibrary(f);
        assertThat(fast.name()).isEqualTo(library.name());
        assertThat(fast.columns()).isEqualTo(library.columns());
        assertThat(fast.size()).as(f.toString()).isEqualTo(library.size());
        for (int r = 0; r < fast.size(); r++) {
            assertThat(fast.rawRow(r)).as(f + " row " + r).isEqualTo(library.rawRow(r));
        }
    }

    /** Reading the file fails, with the very message the CSV library's route gives. */
    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertSameError(Path f) {
        return assertThatThrownBy(() -> Ssda903Reader.readCsv(f)).isInstanceOf(ReturnFileException.class)
                .hasMessage(Ssda903ReaderDescribe.of(() -> Ssda903Reader.readCsvWithLibrary(f)));
    }

    /** The message of the error a reading throws. */
    private static final class Ssda903ReaderDescribe {
        static String of(Runnable read) {
            try {
                read.run();
            } catch (ReturnFileException e) {
                return e.getMessage();
            }
            throw new AssertionError("no error");
        }
    }

}
