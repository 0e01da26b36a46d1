package org.kindred.person.cli;

import picocli.CommandLine.Command;

/** `kindred register ...`: batch work on the person register. */
@Command(name = "register", mixinStandardHelpOptions = true, description = "Batch work on the person register.",
        subcommands = SweepCommand.class)
public class RegisterCommand {
}
