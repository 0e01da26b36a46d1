package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the return is a crash, not a finding: `returns validate` exits 3 (never 1, "errors found")
 * with one line naming what happened and the heap it had. Run in a child JVM with a small -Xmx, through the jar's
 * own entry point.
 */
class ValidateOutOfMemoryTest {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");

    @Test
    void aHeapTooSmallExitsWithItsOwnCodeAndSaysSo(@TempDir Path dir) throws Exception {
        Path input = copies(dir.resolve("return"), 20);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.kindred.cli.Kindred",
                "returns", "validate", "--return", "ssda903", "--year", "2025", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        List<String> err = Files.readAllLines(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(String.join("\n", err)).isEqualTo(ValidateCommand.OUT_OF_MEMORY).isNotEqualTo(1);
        assertThat(err).as("one line").hasSize(1);
        assertThat(err.get(0)).contains("out of memory validating " + input).containsPattern("heap's limit is (4[0-9]) MB")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The fake CSV return copied n times, children kept apart by a two-digit prefix (as bench/returns/copies.sh). */
    private static Path copies(Path out, int n) throws IOException {
        Files.createDirectories(out);
        try (var files = Files.list(FAKE)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                List<String> copied = new ArrayList<>();
                copied.add(lines.get(0).replace("\uFEFF", ""));
                for (int k = 0; k < n; k++) {
                    for (String line : lines.subList(1, lines.size())) {
                        copied.add(String.format("%02d", k) + line);
                    }
                }
                Files.write(out.resolve(f.getFileName()), copied, StandardCharsets.UTF_8);
            }
        }
        return out;
    }
}
