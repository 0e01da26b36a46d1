package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What PlainArguments reads must be what picocli reads; whatever it declines, picocli gets. */
class PlainArgumentsTest {
    @Test
    void readsUsualArgumentsExactlyAsPicocliDoes() {
        for (List<String> args : List.<List<String>>of(
                List.of("--return", "ssda903", "--year", "2024", "dir"),
                List.of("dir", "--return=903", "--year=2024", "--json", "--timings"),
                List.of("--return", "SSDA903", "--year", "02024", "--last", "old", "--providers", "p.xlsx", "new"),
                List.of("--return", "cin", "--no-schema", "--year", "2025", "census.xml"))) {
            ValidateCommand plain = PlainArguments.parse(args.toArray(String[]::new));
            ValidateCommand picocli = new ValidateCommand();
            new CommandLine(picocli).parseArgs(args.toArray(String[]::new));
            assertThat(plain).as(args.toString()).usingRecursiveComparison().ignoringFields("spec").isEqualTo(picocli);
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--help"), List.of("-h"), List.of("-V"),
                List.of("--return", "ssda903", "dir"), List.of("--year", "2024", "dir"),
                List.of("--return", "ssda903", "--year", "2024"),
                List.of("--return", "ssda903", "--year", "2024", "a", "b"),
                List.of("--return", "ssda903", "--year", "x", "dir"),
                List.of("--return", "ssda903", "--year", "2024", "--year", "2024", "dir"),
                List.of("--return", "foo", "--year", "2024", "dir"),
                List.of("--return", "cin", "--year", "2024", "--last", "old", "dir"),
                List.of("--return", "ssda903", "--year", "2024", "--no-schema", "dir"),
                List.of("--return", "ssda903", "--year", "2024", "--json=true", "dir"),
                List.of("--return", "ssda903", "--year", "2024", "--bogus", "dir"),
                List.of("--return", "ssda903", "--year", "2024", "@args.txt"),
                List.of("--return", "ssda903", "--year", "2024", "--", "dir"),
                List.of("--return", "--year", "2024", "dir"))) {
            assertThat(PlainArguments.parse(args.toArray(String[]::new))).as(args.toString()).isNull();
        }
    }
}
