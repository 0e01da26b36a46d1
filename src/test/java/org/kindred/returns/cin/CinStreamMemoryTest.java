package org.kindred.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The census is read with bounded memory: a 50 MB census (12,000 children) streams through a child JVM with a 48 MB
 * heap, where reading the same file whole runs out of memory (which shows the heap is small enough to tell). The
 * 200 MB, 48,000-child import under -Xmx1g is bench/returns/cin-import.sh (docs/performance.md).
 */
class CinStreamMemoryTest {
    private static final int CHILDREN = 12_000;

    @Test
    void aLargeCensusStreamsInAHeapItCouldNotBeReadWholeIn(@TempDir Path dir) throws Exception {
        Path census = dir.resolve("census.xml");
        long bytes = CinCensusCopies.write(CinCensusCopies.FAKE, census, CHILDREN, 2, 24);
        assertThat(bytes).isGreaterThan(45L << 20);

        Run streamed = probe("stream", census);
        assertThat(streamed.exit).as(streamed.output).isZero();
        assertThat(streamed.output).contains("children " + CHILDREN);

        Run whole = probe("whole", census);
        assertThat(whole.exit).as(whole.output).isNotZero();
        assertThat(whole.output).contains("OutOfMemoryError");
    }

    private record Run(int exit, String output) {
    }

    private static Run probe(String mode, Path census) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), CinStreamProbe.class.getName(), mode, census.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
