package org.kindred;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kindred.care.fixture.CareCodingForReturns;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries: no cycles, no reaching into another module's internals, only the
 * dependencies each declares in its package-info; and the returns point one way (ADR 0016).
 */
class ModularityTests {
    private final ApplicationModules modules = ApplicationModules.of(KindredApplication.class);

    /**
     * Nothing outside returns and the edges (web, the command line, the demo county) depends on returns: the
     * case-work modules offer typed facts and returns reads them, never the other way round.
     */
    static final ArchRule ONLY_THE_EDGES_USE_RETURNS = noClasses().that().resideInAPackage("org.kindred..")
            .and().resideOutsideOfPackages("org.kindred.returns..", "org.kindred.web..", "org.kindred.cli..",
                    "org.kindred.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.kindred.returns..")
            .because("case-work modules offer typed facts and returns owns every DfE code and format (ADR 0016)");

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void noCaseWorkModuleDependsOnReturns() {
        JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kindred");
        ONLY_THE_EDGES_USE_RETURNS.check(product);
    }

    @Test
    void theRuleFailsWhenACaseWorkModuleImportsReturns() {
        JavaClasses wrong = new ClassFileImporter().importClasses(CareCodingForReturns.class);
        assertThatThrownBy(() -> ONLY_THE_EDGES_USE_RETURNS.check(wrong)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.kindred.care.fixture.CareCodingForReturns")
                .hasMessageContaining("org.kindred.returns.export.ReturnSource");
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
