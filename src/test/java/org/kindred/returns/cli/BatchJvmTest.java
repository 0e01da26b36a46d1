package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large return is validated in a second JVM with batch settings: the same report and exit code as in one JVM. */
class BatchJvmTest {
    private static final Path FAKE = Path.of("../shared/conformance/ssda903/fake_data");

    @Test
    void theSecondJvmGivesTheSameReportAndExitCode(@TempDir Path dir) throws Exception {
        // Forced for the fake return by a threshold of one byte; -Xlog:gc names each JVM's collector on stderr.
        Run here = validate(dir, "here", List.of());
        Run batch = validate(dir, "batch", List.of("-Dkindred.returns.batchJvm.bytes=1"));
        assertThat(here.err).contains("Using G1").doesNotContain("Using Parallel");
        assertThat(batch.err).as("the second JVM ran").contains("Using G1").contains("Using Parallel");
        assertThat(batch.exit).isEqualTo(here.exit).isEqualTo(1);
        assertThat(batch.out).isEqualTo(here.out).contains("failures (");
    }

    @Test
    void notWhenTheOptionsAlreadyChooseACollectorOrCompiler() {
        List<String> command = BatchJvm.command();
        assertThat(command).as("this test JVM chooses neither").isNotNull()
                .contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Dkindred.returns.batchJvm=1")
                .anyMatch(a -> a.matches("-Xms[0-9]+m"));
        assertThat(BatchJvm.chooses(new String[] {"-Xmx2g", "-XX:+UseSerialGC", "-jar", "k.jar"})).isTrue();
        assertThat(BatchJvm.chooses(new String[] {"-XX:TieredStopAtLevel=4", "-jar", "k.jar"})).isTrue();
        assertThat(BatchJvm.chooses(new String[] {"-XX:ArchiveClassesAtExit=a.jsa", "-jar", "k.jar"})).isTrue();
        assertThat(BatchJvm.chooses(new String[] {"-Xmx2g", "-jar", "k.jar", "returns", "validate"})).isFalse();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run validate(Path dir, String name, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Xlog:gc:stderr"));
        command.addAll(options);
        // The class path in an argument file: the JDK reads no arguments of its own process from a command line as
        // long as the test class path (so BatchJvm would run in one JVM); `java -jar kindred.jar` is short.
        Path classPath = dir.resolve(name + ".args");
        Files.writeString(classPath, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        command.addAll(List.of("@" + classPath, "org.kindred.cli.Kindred",
                "returns", "validate", "--return", "ssda903", "--year", "2025", FAKE.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve(name + ".out")), Files.readString(dir.resolve(name + ".err")));
    }
}
