package org.kindred;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product reads nothing beside its repository: {@code ../shared} exists only next to development checkouts
 * (issue 12). Tests and bench/ may read it; nothing under src/main may name it.
 */
class StandsOnItsOwnTest {

    @Test
    void nothingUnderSrcMainNamesTheSharedFolder() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile).filter(StandsOnItsOwnTest::namesShared)
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("files under src/main that refer to ../shared").isEmpty();
    }

    @Test
    void theReferenceDataTheProductReadsIsInsideTheJar() {
        ClassLoader loader = getClass().getClassLoader();
        for (String resource : List.of("reference/NOTICE.md", "reference/matching/nicknames/names.csv",
                "reference/matching/nicknames/LICENSE-Apache-2.0.txt",
                "reference/matching/uk_names/ons_given_names_ew_1996_2024.csv",
                "reference/matching/uk_names/sdglinkage/firstname_uk_variant.csv",
                "reference/matching/uk_names/sdglinkage/lastname_uk.csv", "reference/cin/CIN_schema_2026.xsd")) {
            assertThat(loader.getResource(resource)).as(resource).isNotNull();
        }
    }

    private static boolean namesShared(Path file) {
        try {
            String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            return text.contains("../shared") || text.contains("KINDRED_SHARED_DIR") || text.contains("kindred.shared-dir");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
