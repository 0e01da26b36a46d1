package org.kindred;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each module's migrations have versions of their own: two branches each adding a V3 would stop Kindred starting. */
class MigrationVersionsTest {

    @Test
    void noModuleHasTwoMigrationsWithOneVersion() throws IOException {
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Set<String> versions = new HashSet<>();
                try (Stream<Path> files = Files.list(module)) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .map(n -> n.substring(0, n.indexOf("__")))
                            .forEach(v -> { if (!versions.add(v)) clashes.add(module.getFileName() + " " + v); });
                }
            }
        }
        assertThat(clashes).as("migration versions used twice in one module").isEmpty();
    }
}
