package org.kindred.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.Table;

class Ssda903ReaderTest {
    static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");

    @Test
    void readsTheFakeCsvDirectoryByHeaderColumns() {
        ReturnData data = Ssda903Reader.read(FAKE);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        data.tables().forEach((name, t) -> sizes.put(name, t.size()));
        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Header", 2675), Map.entry("Episodes", 5050), Map.entry("Reviews", 12582),
                Map.entry("UASC", 132), Map.entry("OC2", 2675), Map.entry("OC3", 53), Map.entry("AD1", 29),
                Map.entry("PlacedAdoption", 29), Map.entry("PrevPerm", 2675), Map.entry("Missing", 43),
                Map.entry("SWEpisodes", 1), Map.entry("DoLo", 1)));
        assertThat(data.metadata().fileFormat()).isEqualTo("csv");
        Table episodes = data.table("Episodes").orElseThrow();
        assertThat(episodes.get(0, "CHILD")).isEqualTo("566910");
        assertThat(episodes.get(0, "HOME_POST")).isNull();
        assertThat(episodes.get(1, "PL_POST")).isEqualTo("WV27 9FW");
        // the byte order mark of sw_episodes.csv is not part of the first column's name
        assertThat(data.table("SWEpisodes").orElseThrow().get(0, "CHILD")).isEqualTo("CHILD10");
        // Header gains the derived UASC flag, as upstream
        Table header = data.table("Header").orElseThrow();
        assertThat(header.hasColumn("UASC")).isTrue();
        assertThat(header.get(0, "UASC")).isIn("0", "1");
    }

    @Test
    void readsTheFakeXml() {
        ReturnData data = Ssda903Reader.read(FAKE.resolve("fake_903.xml"));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        data.tables().forEach((name, t) -> sizes.put(name, t.size()));
        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Header", 253), Map.entry("Episodes", 459), Map.entry("Reviews", 1206),
                Map.entry("UASC", 12), Map.entry("OC2", 253), Map.entry("OC3", 6), Map.entry("AD1", 3),
                Map.entry("PlacedAdoption", 3), Map.entry("PrevPerm", 253), Map.entry("Missing", 6)));
        assertThat(data.metadata().fileFormat()).isEqualTo("xml");
        Table episodes = data.table("Episodes").orElseThrow();
        assertThat(episodes.get(0, "CHILD")).isEqualTo("907440");
        assertThat(episodes.get(0, "PLACE")).isEqualTo("R5");
        assertThat(episodes.get(1, "REASON_PLACE_CHANGE")).isNull();
        Table reviews = data.table("Reviews").orElseThrow();
        assertThat(reviews.get(0, "DOB")).isEqualTo("28/07/2010");
        assertThat(reviews.get(0, "REVIEW_CODE")).isEqualTo("PN0");
        assertThat(data.table("Header").orElseThrow().get(0, "UASC")).isNull();
    }

    @Test
    void previousYearBecomesLastTables() {
        ReturnData data = Ssda903Reader.read(FAKE.resolve("fake_903.xml"), FAKE);
        assertThat(data.table("Episodes_last").orElseThrow().size()).isEqualTo(5050);
        assertThat(data.table("Episodes_last").orElseThrow().name()).isEqualTo("Episodes_last");
        assertThat(data.table("Episodes").orElseThrow().size()).isEqualTo(459);
    }

    @Test
    void identifiesTablesByColumnsNotNamesAndUpperCasesCells(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("anything.csv"), "CHILD,DOB,MISSING,MIS_START,MIS_END\nc1,01/01/2010,m,,\n");
        ReturnData data = Ssda903Reader.read(dir);
        Table missing = data.table("Missing").orElseThrow();
        assertThat(missing.get(0, "CHILD")).isEqualTo("C1");
        assertThat(missing.get(0, "MISSING")).isEqualTo("M");
        assertThat(missing.get(0, "MIS_START")).isNull();
    }

    @Test
    void unreadableInputsSayWhere(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Ssda903Reader.read(dir.resolve("nope")))
                .isInstanceOf(ReturnFileException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> Ssda903Reader.read(dir))
                .isInstanceOf(ReturnFileException.class).hasMessageContaining("no SSDA903 CSV files");

        Path unknown = Files.createDirectory(dir.resolve("unknown"));
        Files.writeString(unknown.resolve("episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,COLOUR\n");
        ReturnFileException e = catchRfe(unknown);
        assertThat(e.file()).endsWith("episodes.csv");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.getMessage()).contains("COLOUR");

        Path missingCol = Files.createDirectory(dir.resolve("missing"));
        Files.writeString(missingCol.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n1,1,01/01/2010,WBRI,,\n");
        e = catchRfe(missingCol);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("MC_DOB");

        Path badQuote = Files.createDirectory(dir.resolve("quote"));
        Files.writeString(badQuote.resolve("oc3.csv"), "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n1,01/01/2000,YES,F1,B\n"
                + "2,\"01/01/2000,YES,F1,B\n");
        e = catchRfe(badQuote);
        assertThat(e.file()).endsWith("oc3.csv");
        assertThat(e.line()).isGreaterThanOrEqualTo(3);

        Path wide = Files.createDirectory(dir.resolve("wide"));
        Files.writeString(wide.resolve("oc3.csv"), "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n1,01/01/2000,YES,F1,B\n"
                + "2,01/01/2000,YES,F1,B,extra\n");
        e = catchRfe(wide);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(6);

        Path xml = dir.resolve("bad.xml");
        Files.writeString(xml, "<EXPSSDA903>\n<CHILD><HEADER></CHILD>\n</EXPSSDA903>\n");
        e = catchRfe(xml);
        assertThat(e.file()).endsWith("bad.xml");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();

        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<Message/>");
        assertThatThrownBy(() -> Ssda903Reader.read(other)).hasMessageContaining("EXPSSDA903");
    }

    private static ReturnFileException catchRfe(Path in) {
        try {
            Ssda903Reader.read(in);
        } catch (ReturnFileException e) {
            return e;
        }
        throw new AssertionError("expected a ReturnFileException for " + in);
    }

    /** A Latin-1 byte on line 51 is reported at line 51 with its byte offset, not "Input length = 1" at line 1. */
    @Test
    void anEncodingFaultIsReportedAtItsLineAndByteOffset(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("CHILD,DOB,MISSING,MIS_START,MIS_END\n");
        for (int i = 2; i < 51; i++) csv.append("c").append(i).append(",01/01/2010,M,,\n");
        byte[] head = csv.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bad = "Ren\u00e9,01/01/2010,M,,\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("missing.csv");
        Files.write(file, concat(head, bad));
        assertThatThrownBy(() -> Ssda903Reader.read(dir)).isInstanceOf(ReturnFileException.class)
                .satisfies(e -> assertThat(((ReturnFileException) e).line()).isEqualTo(51))
                .hasMessageContaining("byte offset " + (head.length + 3));

        Files.write(file, "CHILD,DOB\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertThatThrownBy(() -> Ssda903Reader.read(dir)).hasMessageContaining("UTF-16");
    }

    @Test
    void aLineOverOneMegabyteIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("missing.csv"), "CHILD,DOB,MISSING,MIS_START,MIS_END\nc1,01/01/2010,"
                + "M".repeat(1_500_000) + ",,\n");
        assertThatThrownBy(() -> Ssda903Reader.read(dir)).isInstanceOf(ReturnFileException.class)
                .hasMessageContaining("longer than 1 MB")
                .satisfies(e -> assertThat(((ReturnFileException) e).line()).isEqualTo(2));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
