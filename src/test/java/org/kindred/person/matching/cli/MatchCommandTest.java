package org.kindred.person.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchCommandTest {

    private static final String FEBRL_HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, "
            + "suburb, postcode, state, date_of_birth, soc_sec_id";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aMissingInputFileIsAClearMessageAndExitCodeTwo() {
        int exit = run("dedupe", "--in", dir.resolve("nope.csv").toString(), "--format", "febrl",
                "--out", dir.resolve("pairs.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read input file").contains("nope.csv").doesNotContain("Exception");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("dedupe", "--in", "x.csv", "--format", "xml", "--out", "p.csv")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void dedupeWritesEachPairOnceAndSkipsMalformedRowsWithTheirLineNumber() throws IOException {
        Path in = write("people.csv", FEBRL_HEADER,
                "rec-1-org, elizabeth, okafor, 12, wallaby place, , delmar, 2119, nsw, 20120307, 1804974",
                "rec-1-dup-0, liz, okafor, 12, wallaby pl, , delmar, 2119, nsw, 20120703, 1804974",
                "rec-2-org, too, few, fields",
                "rec-3-org, tomasz, wright, 7, high street, , milton, 3165, vic, 19841123, 6089216",
                "rec-4-org, grace, mensah, 3, low road, , granville, 4881, wa, 1984-11-2, 2185997");
        Path pairs = dir.resolve("pairs.csv");
        int exit = run("dedupe", "--in", in.toString(), "--format", "febrl", "--out", pairs.toString());
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,probability");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("rec-1-dup-0,rec-1-org,");
        assertThat(err.toString()).contains(in + ":4: skipped: expected 11 fields, found 4")
                .contains(in + ":6: skipped: date_of_birth is not yyyymmdd")
                .contains("3 records read, 2 malformed rows skipped, 1 pairs written");
    }

    @Test
    void linkPairsRecordsAcrossTwoKindredFiles() throws IOException {
        String header = KindredRow.HEADER;
        Path left = write("left.csv", header,
                "L1,Elizabeth,Okafor,,2012-03-07,false,F,LS6 2QD,9434765919,,,,",
                "L2,Tomasz,Wright,,1984-11-23,false,M,M14 5RT,,,,\"1 High St|Leeds\",");
        Path right = write("right.csv", header,
                "R9,Liz,Mensah,Okafor,2012-07-03,false,F,LS6 2QD,,,,,",
                "R8,Grace,Adjei,,2009-06-30,true,F,LS7 4HH,,,,,");
        Path pairs = dir.resolve("out/pairs.csv");
        int exit = run("link", "--left", left.toString(), "--right", right.toString(), "--format", "kindred",
                "--out", pairs.toString());
        assertThat(exit).isZero();
        assertThat(Files.readAllLines(pairs)).hasSize(2).element(1).asString().startsWith("L1,R9,");
    }

    @Test
    void evaluateReportsPrecisionRecallAndF1() throws IOException {
        Path in = write("labelled.csv", KindredRow.HEADER,
                "1,Elizabeth,Okafor,,2012-03-07,false,F,LS6 2QD,,,,,a",
                "2,Liz,Okafor,,2012-07-03,false,F,LS6 2QD,,,,,a",
                "3,Tomasz,Wright,,1984-11-23,false,M,M14 5RT,,,,,b");
        assertThat(run("evaluate", "--in", in.toString(), "--format", "kindred")).isZero();
        assertThat(out.toString()).contains("precision 1.0000 recall 1.0000 F1 1.0000");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new MatchCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
