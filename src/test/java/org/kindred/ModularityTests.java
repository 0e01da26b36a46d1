package org.kindred;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries: no cycles, no reaching into another module's internals. */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(KindredApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** The module diagrams are written afresh: the whole system, and one diagram naming each module. */
    @Test
    void writesModuleDocumentation() throws IOException {
        Instant before = Instant.now().minusSeconds(2);
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path folder = Path.of("target", "spring-modulith-docs"); // the Documenter's default folder under Maven
        assertWrittenSince(folder.resolve("components.puml"), before);
        modules.forEach(module -> {
            Path diagram = folder.resolve("module-" + module.getIdentifier().toString() + ".puml");
            assertWrittenSince(diagram, before);
            try {
                assertThat(Files.readString(diagram)).contains(module.getDisplayName());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static void assertWrittenSince(Path file, Instant since) {
        assertThat(file).isRegularFile();
        try {
            assertThat(Files.getLastModifiedTime(file)).isGreaterThan(FileTime.from(since));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
