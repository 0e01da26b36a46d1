package org.kindred.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help, and a wrong option is a clear message with a non-zero exit. */
class CommandLineHelpTest {

    @Test
    void everyCommandHasHelp() {
        CommandLine root = KindredCommand.commandLine();
        assertHelp(root, "kindred");
    }

    private static void assertHelp(CommandLine command, String path) {
        StringWriter out = new StringWriter();
        command.setOut(new PrintWriter(out));
        int exit = command.execute("--help");
        assertThat(exit).as(path + " --help").isZero();
        assertThat(out.toString()).as(path + " usage").contains("Usage:");
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                assertHelp(sub, path + " " + name);
            }
        });
    }

    @Test
    void theRegisterSweepTakesTheSameDatabaseOptionsAsServe() {
        CommandLine root = KindredCommand.commandLine();
        var serve = root.getSubcommands().get("serve").getCommandSpec();
        var sweep = root.getSubcommands().get("register").getSubcommands().get("sweep").getCommandSpec();
        for (String option : new String[] {"--db-url", "--db-user", "--db-password", "--data-dir"}) {
            assertThat(sweep.findOption(option)).as("sweep " + option).isNotNull();
            assertThat(sweep.findOption(option).description()).isEqualTo(serve.findOption(option).description());
        }
        assertThat(serve.findOption("--db-owner-user")).isNotNull();
    }

    @Test
    void anUnknownOptionIsRefusedWithoutAStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine root = KindredCommand.commandLine();
        root.setErr(new PrintWriter(err));
        int exit = root.execute("serve", "--no-such-option");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").doesNotContain("Exception");
    }
}
