package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's own route to `returns validate` (Kindred.main): the same command, set up before picocli starts. */
class ValidateEntryPointTest {
    @Test
    void findsTheInputAsPicocliWillWhateverTheOptionOrder() {
        assertThat(ValidateCommand.inputIn("--return", "ssda903", "--year", "2024", "dir")).isEqualTo(Path.of("dir"));
        assertThat(ValidateCommand.inputIn("in.xml", "--return", "cin", "--year", "2024")).isEqualTo(Path.of("in.xml"));
        assertThat(ValidateCommand.inputIn("--last", "old", "--timings", "--providers", "p.xlsx", "--year=2024", "new"))
                .isEqualTo(Path.of("new"));
        assertThat(ValidateCommand.inputIn("--help")).isNull();
    }

    @Test
    void aMissingOrUnreadableInputLeavesTheCompilerAlone(@TempDir Path dir) throws IOException {
        assertThat(ShortRunCompiler.small(Path.of("no/such/return"))).isFalse();
        assertThat(ShortRunCompiler.small(null)).isFalse();
        Files.writeString(dir.resolve("header.csv"), "CHILD,SEX\n1,M\n");
        assertThat(ShortRunCompiler.small(dir)).as("a small readable return").isTrue();
        assertThat(ShortRunCompiler.small(dir.resolve("header.csv"))).isTrue();
    }

    @Test
    void keepsTheCommandsExitCodes() {
        assertThat(ReturnsCommand.validate("--return", "ssda903", "--year", "2024", "no/such/dir"))
                .isEqualTo(ValidateCommand.UNREADABLE);
        assertThat(ReturnsCommand.validate("--return", "ssda903")).isEqualTo(2);
    }
}
