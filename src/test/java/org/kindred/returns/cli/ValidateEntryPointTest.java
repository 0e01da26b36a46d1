package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    void aMissingOrUnreadableInputLeavesTheCompilerAlone() {
        ShortRunCompiler.forInput(Path.of("no/such/return"));
        ShortRunCompiler.forInput(null);
    }

    @Test
    void keepsTheCommandsExitCodes() {
        assertThat(ReturnsCommand.validate("--return", "ssda903", "--year", "2024", "no/such/dir"))
                .isEqualTo(ValidateCommand.UNREADABLE);
        assertThat(ReturnsCommand.validate("--return", "ssda903")).isEqualTo(2);
    }
}
