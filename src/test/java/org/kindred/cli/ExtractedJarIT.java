package org.kindred.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar laid out by Kindred itself, against the layout Spring Boot's own extract tool gives. */
class ExtractedJarIT {
    private static final Path JAR = Path.of("target/kindred.jar");

    @Test
    void theLayoutIsTheOneSpringBootsExtractToolGives(@TempDir Path dir) throws Exception {
        Path ours = ExtractedJar.extract(JAR, dir.resolve("ours"));
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--destination", dir.resolve("tool").toString())
                .redirectErrorStream(true).start();
        assertThat(tool.waitFor()).isZero();
        Path theirs = dir.resolve("tool").resolve("kindred.jar");

        assertThat(libraries(ours.getParent())).isNotEmpty().isEqualTo(libraries(theirs.getParent()));
        try (JarFile a = new JarFile(ours.toFile()); JarFile b = new JarFile(theirs.toFile())) {
            assertThat(a.getManifest().getMainAttributes().getValue("Class-Path"))
                    .isEqualTo(b.getManifest().getMainAttributes().getValue("Class-Path"));
            assertThat(a.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.kindred.cli.Kindred");
            assertThat(names(a)).hasSizeGreaterThan(1000).containsExactlyInAnyOrderElementsOf(names(b));
            ZipEntry cls = a.getEntry("org/kindred/cli/Kindred.class");
            assertThat(a.getInputStream(cls).readAllBytes()).isEqualTo(b.getInputStream(b.getEntry(cls.getName())).readAllBytes());
        }
    }

    private static List<String> libraries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("lib"))) {
            return files.map(f -> f.getFileName() + " " + f.toFile().length()).sorted().toList();
        }
    }

    private static List<String> names(JarFile jar) {
        return jar.stream().map(ZipEntry::getName).toList();
    }
}
